namespace Motorsport.Regional.Results.Scoring;

public sealed record DriverRef(string Id, string Name);

/// <summary>The entrant licence a car runs under; team standings are kept per licence.</summary>
public sealed record TeamRef(string LicenceId, string Name);

/// <summary>
/// One car's line in a session classification. <paramref name="Classes"/> lists every sub-classification the car
/// competes in besides Overall (e.g. "Pro-Am", or "Pro" and "Rookie"). <paramref name="Position"/> is the overall
/// finishing position, required for a classified car. Pole and fastest lap are the overall ones.
/// </summary>
public sealed record ClassifiedEntry(
    int CarNumber,
    IReadOnlyList<DriverRef> Drivers,
    TeamRef Team,
    IReadOnlyList<string> Classes,
    ResultStatus Status,
    int? Position,
    int? Laps = null,
    bool Pole = false,
    bool FastestLap = false,
    bool Guest = false);

/// <summary>
/// A session's classification. Whether the winner covered less than half the distance is
/// <paramref name="LessThanHalfDistance"/> when the stewards say so (e.g. a timed race), otherwise inferred from the
/// winner's laps against <paramref name="ScheduledLaps"/>.
/// </summary>
public sealed record SessionClassification(
    string SessionType,
    IReadOnlyList<ClassifiedEntry> Entries,
    int? ScheduledLaps = null,
    bool? LessThanHalfDistance = null);

/// <summary>
/// Points in one classification. <paramref name="Position"/> is the scoring position: the rank among classified,
/// non-guest cars of that classification, null when the car does not score by position.
/// </summary>
public sealed record ClassificationScore(string Classification, int? Position, decimal PositionPoints, decimal BonusPoints)
{
    public decimal Points => PositionPoints + BonusPoints;
}

/// <summary>A car's scores: Overall first, then each defined class it competes in. Every driver of the car gets them.</summary>
public sealed record ScoredEntry(ClassifiedEntry Entry, IReadOnlyList<ClassificationScore> Scores)
{
    public ClassificationScore Overall => Scores[0];

    public ClassificationScore? In(string classification) =>
        Scores.FirstOrDefault(s => string.Equals(s.Classification, classification, StringComparison.OrdinalIgnoreCase));
}

public sealed record ScoredSession(string SessionType, bool HalfPoints, IReadOnlyList<ScoredEntry> Entries);
