using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Regional;
using Motorsport.Regional.Data;
using Motorsport.Regional.Drivers;
using Motorsport.Regional.Events;
using Motorsport.Regional.Results.Decisions;
using Motorsport.Regional.Results.Scoring;
using Motorsport.Regional.Series;

namespace Motorsport.Regional.Results;

/// <summary>A stored result with race control's decisions applied to it.</summary>
public sealed record DecidedResult(SessionResult Result, DecidedRow Decided);

/// <summary>
/// Everything one season's standings are computed from: its rounds (events by start date, cancelled ones left out), the
/// sessions with results and their decisions, the series' scoring rules and the names to show. Standings are never
/// stored; they are computed from the classifications each time, so a corrected result or a decision shows at once.
/// </summary>
public sealed class SeasonResults(
    RacingSeries series,
    Guid seasonId,
    int year,
    ScoringDocument? scoring,
    IReadOnlyList<RacingEvent> rounds,
    List<RaceSession> sessions,
    IReadOnlyDictionary<Guid, Driver> drivers,
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
        var sessions = await db.RaceSessions.AsNoTracking().Include(s => s.Results).Include(s => s.Decisions).AsSplitQuery()
            .Where(s => eventIds.Contains(s.EventId) && s.Status != SessionStatus.Pending)
            .ToListAsync(cancellationToken);

        // The entries' drivers too: a session about to be imported names them before they are in any stored result.
        var entered = await db.Entries.AsNoTracking().Where(e => eventIds.Contains(e.EventId))
            .SelectMany(e => e.Drivers).Select(d => d.DriverId).ToListAsync(cancellationToken);
        var driverIds = sessions.SelectMany(s => s.Results).SelectMany(r => r.DriverIds).Concat(entered).Distinct().ToList();
        var drivers = await db.Drivers.AsNoTracking().Where(d => driverIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
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

        return new SeasonResults(series, seasonId, season.Year, scoring, rounds, sessions, drivers, competitors);
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
    public SeasonStandings? Standings(bool includeGuests = false)
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
        return StandingsCalculator.Calculate(seasonSessions, settings, Deductions(), includeGuests);
    }

    /// <summary>
    /// Race control's points deductions in force. A team's comes off the line of the entrant licence its lowest-numbered
    /// car ran under in that session: a team with several licences has one line per licence.
    /// </summary>
    private List<PointsDeduction> Deductions() =>
    [
        .. Sessions.SelectMany(session => DecisionRules.InForce(session.Decisions)
            .Where(d => d.Kind == DecisionKind.PointsDeduction)
            .Select(d => d.DriverId is { } driver
                ? new PointsDeduction(driver.ToString(), Team: false, d.Points!.Value)
                : new PointsDeduction(
                    session.Results.Where(r => r.TeamId == d.TeamId).OrderBy(r => r.CarNumber).Select(r => (r.LicenceId ?? r.TeamId).ToString()).First(),
                    Team: true,
                    d.Points!.Value))),
    ];

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
                Decided(session).Select(d => new SessionResultRowState(
                    d.Result.CarNumber, d.Result.EntryId, d.Result.TeamId, d.Result.DriverIds, d.Result.Class, d.Decided.Status.ToString(), d.Decided.Position,
                    d.Result.Laps, d.Result.Pole, d.Result.FastestLap, d.Result.Guest, points[d.Result.CarNumber], d.Result.NotRunning,
                    (decimal)d.Decided.Penalty.TotalMilliseconds / 1000)).ToList()),
            session.UpdatedAtUtc);
    }

    public RaceDecisionChanged ToDecisionChanged(string region, RaceSession session, RaceDecision decision) => new(
        region,
        decision.Id,
        1,
        new RaceDecisionState(
            session.Id, session.EventId, Series.Id, SeasonId, decision.Sequence, decision.Kind.ToString(), decision.CarNumber,
            decision.Penalty is { } penalty ? (decimal)penalty.TotalMilliseconds / 1000 : null, decision.Positions, decision.Points, decision.DriverId, decision.TeamId,
            decision.RevokesDecisionId, decision.Reason, decision.DecidedBy, decision.DecidedAtUtc),
        decision.DecidedAtUtc);

    public StandingsChanged ToStandingsChanged(string region, SeasonStandingsVersion version) => new(
        region,
        SeasonId,
        version.Version,
        new StandingsState(Series.Id, SeasonId, Provisional, Tables(), year),
        version.UpdatedAtUtc);

    /// <summary>Overall, each class in the series' order, then Teams; none while the series has no scoring settings.</summary>
    public IReadOnlyList<StandingsTableState> Tables(bool includeGuests = false)
    {
        var standings = Standings(includeGuests);
        var tables = standings is null ? [] : new[] { standings.Overall }.Concat(standings.Classes).Append(standings.Teams);
        return tables.Select(ToState).ToList();
    }

    public Guid EventOfRound(int round) => Rounds[round - 1].Id;

    /// <summary>The session's results with its decisions applied: classified cars by position, then the others by car number.</summary>
    public static IReadOnlyList<DecidedResult> Decided(RaceSession session)
    {
        var decided = DecisionRules.Apply(Rows(session), session.Decisions).ToDictionary(d => d.CarNumber);
        return
        [
            .. session.Results.Select(r => new DecidedResult(r, decided[r.CarNumber]))
                .OrderBy(r => r.Decided.Status == ResultStatus.Classified ? 0 : 1)
                .ThenBy(r => r.Decided.Position ?? int.MaxValue)
                .ThenBy(r => r.Result.CarNumber),
        ];
    }

    /// <summary>The session's imported classification, as the decision rules read it.</summary>
    public static IReadOnlyList<DecisionRow> Rows(RaceSession session) =>
        [.. session.Results.Select(r => new DecisionRow(r.CarNumber, r.Status, r.Position, r.Laps, r.TotalTime, r.DriverIds, r.TeamId))];

    private StandingsTableState ToState(Scoring.Standings table)
    {
        var team = table.Classification == Classifications.Teams;
        var results = Sessions.OrderBy(s => RoundOf(s.EventId)).ThenBy(s => s.Position).SelectMany(s => s.Results).ToList();
        return new StandingsTableState(
            table.Classification,
            table.Rows.Select(row =>
            {
                var own = results.Where(r => team ? (r.LicenceId ?? r.TeamId).ToString() == row.CompetitorId : r.DriverIds.Any(id => id.ToString() == row.CompetitorId)).ToList();
                var driver = !team && Guid.TryParse(row.CompetitorId, out var driverId) ? drivers.GetValueOrDefault(driverId) : null;
                return new StandingsRowState(
                    row.Position,
                    row.SharedPosition,
                    row.CompetitorId,
                    row.Name,
                    row.Points,
                    row.Starts,
                    row.FinishingPositions,
                    row.Results.Select(r => new StandingsResultState(
                        r.Round, EventOfRound(r.Round), r.Session, r.Status?.ToString(), r.Positions, r.Points, !r.Counted,
                        Rounds[r.Round - 1].Name, r.RoadPosition, team ? null : r.Positions.FirstOrDefault() is > 0 and var p ? p : null)).ToList(),
                    team ? "team" : "driver",
                    driver?.Nationality,
                    [.. own.Select(r => r.CarNumber).Distinct()],
                    team ? null : own.LastOrDefault()?.Class,
                    row.Deducted,
                    row.Guest);
            }).ToList());
    }

    private SessionClassification Classification(RaceSession session) => Classification(session, drivers, competitorNames);

    /// <summary>A session for the engine, decisions applied; without names, drivers and teams are shown by id, which scoring never reads.</summary>
    public static SessionClassification Classification(
        RaceSession session, IReadOnlyDictionary<Guid, Driver>? drivers = null, IReadOnlyDictionary<Guid, string>? competitorNames = null) => new(
        session.SessionType,
        Decided(session).Select(d => new ClassifiedEntry(
                d.Result.CarNumber,
                d.Result.DriverIds.Select(id => new DriverRef(id.ToString(), drivers?.GetValueOrDefault(id)?.FullName ?? id.ToString())).ToList(),
                new TeamRef((d.Result.LicenceId ?? d.Result.TeamId).ToString(), competitorNames?.GetValueOrDefault(d.Result.LicenceId ?? d.Result.TeamId) ?? d.Result.TeamId.ToString()),
                [d.Result.Class],
                d.Decided.Status,
                d.Decided.Position,
                d.Result.Laps,
                d.Result.Pole,
                d.Result.FastestLap,
                d.Result.Guest))
            .ToList(),
        session.ScheduledLaps,
        session.LessThanHalfDistance);
}
