using Motorsport.Regional.Results.Scoring;

namespace Motorsport.UnitTests.Results;

/// <summary>Short-hand for building classifications in tests: car N is driven by driver "DN" ("Driver N") of licence "TN".</summary>
internal static class ResultsBuilders
{
    public static readonly PointsTable Supercup = PointsTable.Of(25, 20, 17, 14, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

    /// <summary>A short table so standings arithmetic stays readable.</summary>
    public static readonly PointsTable Short = PointsTable.Of(10, 6, 4, 3, 2, 1);

    public static ScoringSettings Settings(PointsTable? race = null) => new()
    {
        PointsBySessionType = new Dictionary<string, PointsTable> { ["Race"] = race ?? Supercup },
    };

    public static ClassifiedEntry Car(
        int number,
        int? position,
        ResultStatus status = ResultStatus.Classified,
        string[]? classes = null,
        bool guest = false,
        bool pole = false,
        bool fastestLap = false,
        string? licence = null,
        DriverRef[]? drivers = null,
        int? laps = null) =>
        new(
            number,
            drivers ?? [new DriverRef($"D{number}", $"Driver {number}")],
            new TeamRef(licence ?? $"T{number}", $"Team {licence ?? number.ToString()}"),
            classes ?? [],
            status,
            position,
            laps,
            pole,
            fastestLap,
            guest);

    /// <summary>Cars classified in the given order, positions 1, 2, 3…</summary>
    public static List<ClassifiedEntry> Finishers(params int[] carNumbers) =>
        carNumbers.Select((number, index) => Car(number, index + 1)).ToList();

    public static SessionClassification Race(IEnumerable<ClassifiedEntry> entries, int? scheduledLaps = null, bool? lessThanHalfDistance = null) =>
        new("Race", entries.ToList(), scheduledLaps, lessThanHalfDistance);

    public static SeasonSession InRound(this ScoredSession session, int round, string name = "Race", bool droppable = true) =>
        new(round, name, droppable, session);
}
