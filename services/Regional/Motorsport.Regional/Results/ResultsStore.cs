using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Messaging.Outbox;
using Motorsport.Regional.Data;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;
using Motorsport.Regional.Regions;
using Motorsport.Regional.Results.Decisions;
using Motorsport.Regional.Results.Import;
using Motorsport.Regional.Results.Scoring;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Results;

/// <summary>A line of a classification, whichever way it arrived, before it is matched to its entry.</summary>
public sealed record ImportedRow(
    int CarNumber, int? Position, ResultStatus Status, int? Laps, TimeSpan? TotalTime, bool NotRunning, bool Pole, bool FastestLap, bool Guest)
{
    /// <summary>
    /// A timing export's rows with what the export does not say: the pole (from qualifying) and the guests, as race control
    /// names them. The export has every car's best lap; the session's fastest lap is the quickest of them, whoever set it.
    /// </summary>
    public static List<ImportedRow> FromTiming(IReadOnlyList<TimingRow> rows, int? pole, IReadOnlyCollection<int> guests)
    {
        var fastest = rows.Where(r => r.FastestLapTime is not null).MinBy(r => r.FastestLapTime)?.CarNumber;
        return
        [
            .. rows.Select(r => new ImportedRow(
                r.CarNumber, r.Position, r.Status, r.Laps, r.TotalTime, r.NotRunning, r.CarNumber == pole, r.CarNumber == fastest, guests.Contains(r.CarNumber))),
        ];
    }
}

/// <summary>The session taking a classification, tracked, and the event's standing entries by car number.</summary>
public sealed record ResultsImport(RacingEvent Event, RaceSession Session, IReadOnlyDictionary<int, Entry> Entries);

/// <summary>
/// Reads and writes results. Every change saves with the outbox rows of the session's results, the season's recomputed
/// standings and, for a decision, the decision itself, in one transaction.
/// </summary>
public sealed class ResultsStore(RegionalDbContext db, IOutbox outbox, RegionOptions region, TimeProvider time)
{
    /// <param name="tracked">Whether the session is loaded for a change.</param>
    public async Task<(RacingEvent? Event, RaceSession? Session)> FindSessionAsync(Guid eventId, Guid sessionId, bool tracked, CancellationToken cancellationToken)
    {
        var racingEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        var sessions = tracked ? db.RaceSessions : db.RaceSessions.AsNoTracking();
        var session = await sessions.Include(s => s.Results).Include(s => s.Decisions).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, cancellationToken);
        return (racingEvent, session);
    }

    public async Task<List<RaceSession>> SessionsOfAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.RaceSessions.AsNoTracking().Include(s => s.Results).Include(s => s.Decisions).AsSplitQuery()
            .Where(s => s.EventId == eventId).OrderBy(s => s.Position).ToListAsync(cancellationToken);

    /// <summary>The event's standing entries by car number.</summary>
    public async Task<Dictionary<int, Entry>> EnteredAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Entries.AsNoTracking().Include(e => e.Drivers)
            .Where(e => e.EventId == eventId && e.Status == EntryStatus.Entered)
            .ToDictionaryAsync(e => e.CarNumber, cancellationToken);

    /// <summary>Replaces the session's classification; <paramref name="absentAsNotStarted"/> records entered cars missing from it as DNS.</summary>
    public async Task<SeasonResults> SaveClassificationAsync(
        ResultsImport import, IReadOnlyList<ImportedRow> rows, bool? lessThanHalfDistance, string? correctionReason, bool absentAsNotStarted,
        CancellationToken cancellationToken)
    {
        var (racingEvent, session, entries) = (import.Event, import.Session, import.Entries);
        var absent = absentAsNotStarted
            ? ClassificationChecks.Absent(entries.Keys, rows.Select(r => r.CarNumber)).Select(car => new ImportedRow(car, null, ResultStatus.DNS, null, null, false, false, false, false))
            : [];
        var licences = await LicencesAsync(racingEvent, entries.Values, cancellationToken);
        session.ReplaceResults(rows.Concat(absent).Select(row =>
        {
            var entry = entries[row.CarNumber];
            return SessionResult.Of(session.Id, row, entry, licences.GetValueOrDefault(entry.Id));
        }).ToList());
        session.LessThanHalfDistance = lessThanHalfDistance;
        if (session.Status == SessionStatus.Final)
        {
            session.CorrectionReason = correctionReason!.Trim();
        }
        else
        {
            session.Status = SessionStatus.Provisional;
        }

        return await SaveAsync(racingEvent, session, cancellationToken);
    }

    public Task<SeasonResults> FinaliseAsync(RacingEvent racingEvent, RaceSession session, CancellationToken cancellationToken)
    {
        session.Status = SessionStatus.Final;
        return SaveAsync(racingEvent, session, cancellationToken);
    }

    /// <summary>Adds the decision to the session and publishes it with the session and the standings it changes.</summary>
    public async Task<SeasonResults> SaveDecisionAsync(RacingEvent racingEvent, RaceSession session, RaceDecision decision, CancellationToken cancellationToken)
    {
        session.Decisions.Add(decision);
        var season = await SaveAsync(racingEvent, session, cancellationToken, season => outbox.Publish(season.ToDecisionChanged(region.Id, session, decision)));
        return season;
    }

    /// <summary>New rules change every season's standings of the series that has results, so each is republished.</summary>
    public async Task SaveScoringAsync(SeriesScoring scoring, IReadOnlyList<Guid> seasonIds, CancellationToken cancellationToken)
    {
        var seasonsWithResults = await db.SeasonStandingsVersions.Where(v => seasonIds.Contains(v.SeasonId)).Select(v => v.SeasonId).ToListAsync(cancellationToken);
        foreach (var seasonId in seasonsWithResults)
        {
            var season = await SeasonResults.LoadAsync(db, seasonId, cancellationToken, scoring.Document);
            outbox.Publish(season.ToStandingsChanged(region.Id, await SeasonResults.NextVersionAsync(db, seasonId, time, cancellationToken)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ScoringSettings?> SettingsForAsync(RacingEvent racingEvent, CancellationToken cancellationToken)
    {
        var scoring = await db.SeriesScoring.AsNoTracking().SingleOrDefaultAsync(s => s.SeriesId == racingEvent.SeriesId, cancellationToken);
        if (scoring is null)
        {
            return null;
        }

        var series = await db.Series.AsNoTracking().Include(s => s.Classes).SingleAsync(s => s.Id == racingEvent.SeriesId, cancellationToken);
        return scoring.Document.ToSettings(series.OrderedClasses);
    }

    /// <summary>Team and driver names for an export of the session's classification.</summary>
    public async Task<(Dictionary<Guid, string> Teams, Dictionary<Guid, string> Drivers)> NamesAsync(RaceSession session, CancellationToken cancellationToken)
    {
        var teamIds = session.Results.Select(r => r.TeamId).Distinct().ToList();
        var driverIds = session.Results.SelectMany(r => r.DriverIds).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var drivers = (await db.Drivers.AsNoTracking().Where(d => driverIds.Contains(d.Id)).ToListAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.FullName);
        return (teams, drivers);
    }

    /// <summary>Queues the session's results and the season's recomputed standings, and saves them with the change itself.</summary>
    private async Task<SeasonResults> SaveAsync(RacingEvent racingEvent, RaceSession session, CancellationToken cancellationToken, Action<SeasonResults>? alsoPublish = null)
    {
        session.Touch(time);
        var season = await SeasonResults.LoadAsync(db, racingEvent.SeasonId, cancellationToken);
        season.Use(session);
        alsoPublish?.Invoke(season);
        outbox.Publish(season.ToResultsChanged(region.Id, session));
        outbox.Publish(season.ToStandingsChanged(region.Id, await SeasonResults.NextVersionAsync(db, racingEvent.SeasonId, time, cancellationToken)));
        await db.SaveChangesAsync(cancellationToken);
        return season;
    }

    /// <summary>
    /// The entrant licence each car runs under. Entries do not name one, so a team's cars fill its licences for the season
    /// in licence-number order, lowest car number first, each licence up to the cars it allows.
    /// </summary>
    private async Task<Dictionary<Guid, Guid>> LicencesAsync(RacingEvent racingEvent, IEnumerable<Entry> entries, CancellationToken cancellationToken)
    {
        var licences = await db.EntrantLicences.AsNoTracking().Where(l => l.SeasonId == racingEvent.SeasonId).ToListAsync(cancellationToken);
        var assigned = new Dictionary<Guid, Guid>();
        foreach (var team in entries.GroupBy(e => e.TeamId))
        {
            var places = licences.Where(l => l.TeamId == team.Key).OrderBy(l => l.Number, StringComparer.Ordinal)
                .SelectMany(l => Enumerable.Repeat(l.Id, Math.Max(l.CarsAllowed, 1)))
                .ToList();
            if (places.Count == 0)
            {
                continue;
            }

            foreach (var (entry, index) in team.OrderBy(e => e.CarNumber).Select((e, i) => (e, i)))
            {
                assigned[entry.Id] = places[Math.Min(index, places.Count - 1)];
            }
        }

        return assigned;
    }
}
