using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Regional;
using Motorsport.Regional.Data;
using Motorsport.Regional.Events;
using Motorsport.Regional.Results.Scoring;
using Motorsport.Regional.Series;

namespace Motorsport.Regional.Results;

/// <summary>
/// Everything one season's standings are computed from: its rounds (events by start date, cancelled ones left out), the
/// sessions with results, the series' scoring rules and the names to show. Standings are never stored; they are computed
/// from the classifications each time, so a corrected result is reflected at once.
/// </summary>
public sealed class SeasonResults(
    RacingSeries series,
    Guid seasonId,
    ScoringDocument? scoring,
    IReadOnlyList<RacingEvent> rounds,
    List<RaceSession> sessions,
    IReadOnlyDictionary<Guid, string> driverNames,
    IReadOnlyDictionary<Guid, string> competitorNames)
{
    public RacingSeries Series => series;
    public Guid SeasonId => seasonId;

    /// <summary>Null until the series has scoring settings.</summary>
    public ScoringDocument? Scoring => scoring;

    public IReadOnlyList<RacingEvent> Rounds => rounds;

    /// <summary>Sessions with a classification.</summary>
    public IReadOnlyList<RaceSession> Sessions => sessions;

    /// <summary>Loads without tracking: a caller changing a session swaps its tracked instance in with <see cref="Use"/>.</summary>
    /// <param name="scoring">Rules about to be saved, to use instead of the stored ones.</param>
    public static async Task<SeasonResults> LoadAsync(RegionalDbContext db, Guid seasonId, CancellationToken cancellationToken, ScoringDocument? scoring = null)
    {
        var season = await db.Seasons.AsNoTracking().SingleAsync(s => s.Id == seasonId, cancellationToken);
        var series = await db.Series.AsNoTracking().Include(s => s.Classes).SingleAsync(s => s.Id == season.SeriesId, cancellationToken);
        scoring ??= (await db.SeriesScoring.AsNoTracking().SingleOrDefaultAsync(s => s.SeriesId == series.Id, cancellationToken))?.Document;
        var rounds = (await db.Events.AsNoTracking()
                .Where(e => e.SeasonId == seasonId && e.Status != EventStatus.Cancelled)
                .ToListAsync(cancellationToken))
            .OrderBy(e => e.StartDate).ThenBy(e => e.Id)
            .ToList();
        var eventIds = rounds.Select(e => e.Id).ToList();
        var sessions = await db.RaceSessions.AsNoTracking().Include(s => s.Results)
            .Where(s => eventIds.Contains(s.EventId) && s.Status != SessionStatus.Pending)
            .ToListAsync(cancellationToken);

        // The entries' drivers too: a session about to be imported names them before they are in any stored result.
        var entered = await db.Entries.AsNoTracking().Where(e => eventIds.Contains(e.EventId))
            .SelectMany(e => e.Drivers).Select(d => d.DriverId).ToListAsync(cancellationToken);
        var driverIds = sessions.SelectMany(s => s.Results).SelectMany(r => r.DriverIds).Concat(entered).Distinct().ToList();
        var drivers = await db.Drivers.AsNoTracking().Where(d => driverIds.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => d.FullName, cancellationToken);
        var teams = await db.Teams.AsNoTracking().Include(t => t.Licences).ToListAsync(cancellationToken);
        var competitors = new Dictionary<Guid, string>();
        foreach (var team in teams)
        {
            competitors[team.Id] = team.Name;
            var licences = team.Licences.Where(l => l.SeasonId == seasonId).ToList();
            foreach (var licence in licences)
            {
                // A team with several licences has one team standings line per licence, told apart by its number.
                competitors[licence.Id] = licences.Count == 1 ? team.Name : $"{team.Name} ({licence.Number})";
            }
        }

        return new SeasonResults(series, seasonId, scoring, rounds, sessions, drivers, competitors);
    }

    /// <summary>Puts a session's current, possibly unsaved, state in place of what was loaded.</summary>
    public void Use(RaceSession session)
    {
        sessions.RemoveAll(s => s.Id == session.Id);
        if (session.Status != SessionStatus.Pending)
        {
            sessions.Add(session);
        }
    }

    /// <summary>The next standings version of a season, to be saved with the change that causes it.</summary>
    public static async Task<SeasonStandingsVersion> NextVersionAsync(RegionalDbContext db, Guid seasonId, TimeProvider time, CancellationToken cancellationToken)
    {
        var version = await db.SeasonStandingsVersions.SingleOrDefaultAsync(v => v.SeasonId == seasonId, cancellationToken);
        if (version is null)
        {
            version = new SeasonStandingsVersion { SeasonId = seasonId };
            db.SeasonStandingsVersions.Add(version);
        }

        version.Version++;
        version.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
        return version;
    }

    public int RoundOf(Guid eventId) => Rounds.Select((e, index) => (e.Id, index)).First(r => r.Id == eventId).index + 1;

    public ScoringSettings Settings => (Scoring ?? throw new InvalidOperationException($"Series {Series.Code} has no scoring settings."))
        .ToSettings(Series.OrderedClasses);

    public ScoredSession Score(RaceSession session) => ScoringEngine.Score(Classification(session), Settings);

    /// <summary>The season's standings; null while the series has no scoring settings.</summary>
    public SeasonStandings? Standings()
    {
        if (Scoring is null)
        {
            return null;
        }

        var settings = Settings;
        var seasonSessions = Sessions
            .OrderBy(s => RoundOf(s.EventId)).ThenBy(s => s.Position)
            .Select(s =>
            {
                var round = RoundOf(s.EventId);
                return new SeasonSession(round, s.Name, !Scoring.NonDroppableRounds.Contains(round), ScoringEngine.Score(Classification(s), settings));
            });
        return StandingsCalculator.Calculate(seasonSessions, settings);
    }

    public bool Provisional => Sessions.Any(s => s.Status != SessionStatus.Final);

    public SessionResultsChanged ToResultsChanged(string region, RaceSession session)
    {
        var scored = Score(session);
        var points = scored.Entries.ToDictionary(e => e.Entry.CarNumber, e => e.Overall.Points);
        return new SessionResultsChanged(
            region,
            session.Id,
            session.Version,
            new SessionResultsState(
                session.EventId,
                Series.Id,
                SeasonId,
                session.Name,
                session.SessionType,
                session.Status.ToString(),
                scored.HalfPoints,
                session.CorrectionReason,
                OrderedResults(session).Select(r => new SessionResultRowState(
                    r.CarNumber, r.EntryId, r.TeamId, r.DriverIds, r.Class, r.Status.ToString(), r.Position, r.Laps, r.Pole, r.FastestLap, r.Guest,
                    points[r.CarNumber])).ToList()),
            session.UpdatedAtUtc);
    }

    public StandingsChanged ToStandingsChanged(string region, SeasonStandingsVersion version) => new(
        region,
        SeasonId,
        version.Version,
        new StandingsState(Series.Id, SeasonId, Provisional, Tables()),
        version.UpdatedAtUtc);

    /// <summary>Overall, each class in the series' order, then Teams; none while the series has no scoring settings.</summary>
    public IReadOnlyList<StandingsTableState> Tables()
    {
        var standings = Standings();
        var tables = standings is null ? [] : new[] { standings.Overall }.Concat(standings.Classes).Append(standings.Teams);
        return tables.Select(ToState).ToList();
    }

    public Guid EventOfRound(int round) => Rounds[round - 1].Id;

    /// <summary>Classified cars by position, then the others by car number.</summary>
    public static IEnumerable<SessionResult> OrderedResults(RaceSession session) =>
        session.Results.OrderBy(r => r.Status == ResultStatus.Classified ? 0 : 1).ThenBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.CarNumber);

    private StandingsTableState ToState(Scoring.Standings table) => new(
        table.Classification,
        table.Rows.Select(row => new StandingsRowState(
            row.Position,
            row.SharedPosition,
            row.CompetitorId,
            row.Name,
            row.Points,
            row.Starts,
            row.FinishingPositions,
            row.Results.Select(r => new StandingsResultState(r.Round, EventOfRound(r.Round), r.Session, r.Status?.ToString(), r.Positions, r.Points, !r.Counted)).ToList()))
            .ToList());

    private SessionClassification Classification(RaceSession session) => Classification(session, driverNames, competitorNames);

    /// <summary>A session for the engine; without names, drivers and teams are shown by id, which scoring never reads.</summary>
    public static SessionClassification Classification(
        RaceSession session, IReadOnlyDictionary<Guid, string>? driverNames = null, IReadOnlyDictionary<Guid, string>? competitorNames = null) => new(
        session.SessionType,
        session.Results.Select(r => new ClassifiedEntry(
                r.CarNumber,
                r.DriverIds.Select(id => new DriverRef(id.ToString(), driverNames?.GetValueOrDefault(id) ?? id.ToString())).ToList(),
                new TeamRef((r.LicenceId ?? r.TeamId).ToString(), competitorNames?.GetValueOrDefault(r.LicenceId ?? r.TeamId) ?? r.TeamId.ToString()),
                [r.Class],
                r.Status,
                r.Position,
                r.Laps,
                r.Pole,
                r.FastestLap,
                r.Guest))
            .ToList(),
        session.ScheduledLaps,
        session.LessThanHalfDistance);
}
