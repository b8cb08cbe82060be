namespace Motorsport.Regional.Results.Scoring;

/// <summary>A scored session placed in its season: its round, a display name such as "Race 1", and whether the round may be dropped.</summary>
public sealed record SeasonSession(int Round, string Name, bool Droppable, ScoredSession Session);

/// <summary>
/// A competitor's result in one session. <paramref name="Positions"/> holds a driver's scoring position (none when it
/// did not score by position) or the positions of the cars that counted for a team; <paramref name="Status"/> is null
/// for a team. <paramref name="Counted"/> is false for a dropped result. <paramref name="RoadPosition"/> is where a
/// driver's car finished on the road, guests and all; null for a team or an unplaced car.
/// </summary>
public sealed record StandingsResult(
    int Round,
    string Session,
    ResultStatus? Status,
    IReadOnlyList<int> Positions,
    decimal Points,
    bool Counted,
    int? RoadPosition = null);

/// <summary>
/// One line of a standings table. <paramref name="Position"/> is null for a competitor short of the minimum starts;
/// <paramref name="SharedPosition"/> marks a tie that countback could not break. <paramref name="FinishingPositions"/>
/// lists every scoring position, best first, as countback reads them. <paramref name="Points"/> are net of
/// <paramref name="Deducted"/>, race control's points deductions. A <paramref name="Guest"/> row is a non-scoring guest's,
/// listed only when asked for, after every contender and without a position.
/// </summary>
public sealed record StandingsRow(
    int? Position,
    bool SharedPosition,
    string CompetitorId,
    string Name,
    decimal Points,
    int Starts,
    bool Classified,
    IReadOnlyList<int> FinishingPositions,
    IReadOnlyList<StandingsResult> Results,
    decimal Deducted = 0,
    bool Guest = false);

/// <summary>Points race control takes off a driver (<paramref name="Team"/> false) or an entrant licence in the season.</summary>
public sealed record PointsDeduction(string CompetitorId, bool Team, decimal Points);

/// <summary>Rows in standings order: classified competitors first, then those short of the minimum starts.</summary>
public sealed record Standings(string Classification, IReadOnlyList<StandingsRow> Rows);

/// <summary>Drivers overall, drivers per defined class (in settings order), and teams per entrant licence.</summary>
public sealed record SeasonStandings(Standings Overall, IReadOnlyList<Standings> Classes, Standings Teams)
{
    public Standings Class(string code) =>
        Classes.FirstOrDefault(s => string.Equals(s.Classification, code, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Class '{code}' is not defined for this series.", nameof(code));
}
