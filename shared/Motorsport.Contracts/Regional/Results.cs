namespace Motorsport.Contracts.Regional;

/// <summary>
/// One car's line in a session result. <see cref="Status"/> is Classified, NotClassified, DNF, DNS or DSQ;
/// <see cref="Points"/> are its overall points with bonuses (a guest's are always 0, they passed to the next finisher).
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
    decimal Points);

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
public sealed record SessionResultsChanged(string Region, Guid SessionId, long Version, SessionResultsState State, DateTime ChangedAtUtc);

/// <summary>A competitor's result in one session of the season; a dropped result does not count towards the points.</summary>
public sealed record StandingsResultState(int Round, Guid EventId, string Session, string? Status, IReadOnlyList<int> Positions, decimal Points, bool Dropped);

/// <summary>
/// One line of a standings table. <see cref="CompetitorId"/> is a driver id, or an entrant licence id in the team table.
/// <see cref="Position"/> is null for a competitor short of the minimum starts.
/// </summary>
public sealed record StandingsRowState(
    int? Position,
    bool SharedPosition,
    string CompetitorId,
    string Name,
    decimal Points,
    int Starts,
    IReadOnlyList<int> FinishingPositions,
    IReadOnlyList<StandingsResultState> Results);

/// <summary>A table: Overall, one per class of the series, or Teams.</summary>
public sealed record StandingsTableState(string Classification, IReadOnlyList<StandingsRowState> Rows);

/// <summary>A season's standings; <see cref="Provisional"/> while any result they include is not final yet.</summary>
public sealed record StandingsState(Guid SeriesId, Guid SeasonId, bool Provisional, IReadOnlyList<StandingsTableState> Tables);

/// <summary>Published by a region whenever a season's standings may have changed: a result, a correction, new scoring settings.</summary>
public sealed record StandingsChanged(string Region, Guid SeasonId, long Version, StandingsState State, DateTime ChangedAtUtc);
