namespace Motorsport.Contracts.Regional;

/// <summary>
/// One car's line in a session result. <see cref="Status"/> is Classified, NotClassified, DNF, DNS or DSQ;
/// <see cref="Points"/> are its overall points with bonuses (a guest's are always 0, they passed to the next finisher).
/// Status and position are after race control's decisions; <see cref="PenaltySeconds"/> are the time penalties the car
/// took, <see cref="NotRunning"/> marks a car classified though not running at the finish.
/// </summary>
public sealed record SessionResultRowState(
    int CarNumber,
    Guid EntryId,
    Guid TeamId,
    IReadOnlyList<Guid> DriverIds,
    string Class,
    string Status,
    int? Position,
    int? Laps,
    bool Pole,
    bool FastestLap,
    bool Guest,
    decimal Points,
    bool NotRunning = false,
    decimal PenaltySeconds = 0);

/// <summary>
/// Full state of one session's classification. <see cref="Status"/> is Provisional or Final; <see cref="HalfPoints"/>
/// says the race ran less than half its distance and paid half points.
/// </summary>
public sealed record SessionResultsState(
    Guid EventId,
    Guid SeriesId,
    Guid SeasonId,
    string Name,
    string SessionType,
    string Status,
    bool HalfPoints,
    string? CorrectionReason,
    IReadOnlyList<SessionResultRowState> Rows);

/// <summary>Published by a region on every import, correction or finalisation of a session's results.</summary>
public sealed record SessionResultsChanged(string Region, Guid SessionId, long Version, SessionResultsState State, DateTime ChangedAtUtc) : IRegionalChange<SessionResultsState>
{
    Guid IRegionalChange.Id => SessionId;
}

/// <summary>
/// A competitor's result in one session of the season; a dropped result does not count towards the points.
/// <see cref="RoadPosition"/> is where a driver's car finished, <see cref="ScoringPosition"/> its rank among the
/// scoring cars of the table (guests and others left out); both null for a team, whose <see cref="Positions"/> list
/// the scoring positions of its counted cars.
/// </summary>
public sealed record StandingsResultState(
    int Round,
    Guid EventId,
    string Session,
    string? Status,
    IReadOnlyList<int> Positions,
    decimal Points,
    bool Dropped,
    string? EventName = null,
    int? RoadPosition = null,
    int? ScoringPosition = null);

/// <summary>
/// One line of a standings table. <see cref="CompetitorId"/> is a driver id, or an entrant licence id in the team table.
/// <see cref="Position"/> is null for a competitor short of the minimum starts and for a guest. <see cref="Kind"/> is
/// <c>driver</c> or <c>team</c>; a driver row names the driver's <see cref="Nationality"/>, the
/// <see cref="CarNumbers"/> raced in the season and the <see cref="Class"/> of the latest. <see cref="Points"/> are net
/// of <see cref="Deducted"/>, race control's points deductions. <see cref="Guest"/> rows appear only when asked for.
/// </summary>
public sealed record StandingsRowState(
    int? Position,
    bool SharedPosition,
    string CompetitorId,
    string Name,
    decimal Points,
    int Starts,
    IReadOnlyList<int> FinishingPositions,
    IReadOnlyList<StandingsResultState> Results,
    string Kind = "driver",
    string? Nationality = null,
    IReadOnlyList<int>? CarNumbers = null,
    string? Class = null,
    decimal Deducted = 0,
    bool Guest = false);

/// <summary>A table: Overall, one per class of the series, or Teams.</summary>
public sealed record StandingsTableState(string Classification, IReadOnlyList<StandingsRowState> Rows);

/// <summary>
/// A season's standings; <see cref="Provisional"/> while any result they include is not final yet. <see cref="Year"/> is the
/// season's, so headquarters can order seasons without the series; a region published before it came leaves it out.
/// </summary>
public sealed record StandingsState(Guid SeriesId, Guid SeasonId, bool Provisional, IReadOnlyList<StandingsTableState> Tables, int? Year = null);

/// <summary>Published by a region whenever a season's standings may have changed: a result, a correction, new scoring settings.</summary>
public sealed record StandingsChanged(string Region, Guid SeasonId, long Version, StandingsState State, DateTime ChangedAtUtc) : IRegionalChange<StandingsState>
{
    Guid IRegionalChange.Id => SeasonId;
}

/// <summary>
/// One of race control's decisions on a session, as recorded: <see cref="Kind"/> is TimePenalty, PositionDrop,
/// Disqualification, Exclusion, PointsDeduction or Revocation (of <see cref="RevokesDecisionId"/>). Which of the car,
/// penalty, positions, points, driver and team are set depends on the kind. <see cref="DecidedBy"/> is the subject of
/// the token that took it.
/// </summary>
public sealed record RaceDecisionState(
    Guid SessionId,
    Guid EventId,
    Guid SeriesId,
    Guid SeasonId,
    int Sequence,
    string Kind,
    int? CarNumber,
    decimal? PenaltySeconds,
    int? Positions,
    decimal? Points,
    Guid? DriverId,
    Guid? TeamId,
    Guid? RevokesDecisionId,
    string? Reason,
    string DecidedBy,
    DateTime DecidedAtUtc);

/// <summary>Published by a region for each decision race control takes; decisions never change, so the version is always 1.</summary>
public sealed record RaceDecisionChanged(string Region, Guid DecisionId, long Version, RaceDecisionState State, DateTime ChangedAtUtc) : IRegionalChange<RaceDecisionState>
{
    Guid IRegionalChange.Id => DecisionId;
}
