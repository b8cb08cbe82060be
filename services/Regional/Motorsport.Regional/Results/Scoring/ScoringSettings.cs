namespace Motorsport.Regional.Results.Scoring;

/// <summary>Points by finishing position: the first value is the winner's; positions past the end score nothing.</summary>
public sealed record PointsTable(IReadOnlyList<decimal> Points)
{
    public static PointsTable Of(params decimal[] points) => new(points);

    public decimal For(int position) => position >= 1 && position <= Points.Count ? Points[position - 1] : 0m;
}

/// <summary>What "best N" counts: single sessions (best 10 of 12 races) or whole rounds (best 5 of 6 weekends).</summary>
public enum DropUnit
{
    Session,
    Round,
}

/// <summary>
/// Only the best <paramref name="BestCount"/> results count. A result from a non-droppable round always counts and
/// uses up one of those places, so the droppable results fill what is left.
/// </summary>
public sealed record DroppedResults(int BestCount, DropUnit Unit = DropUnit.Session);

/// <summary>
/// A sub-classification (Pro, Pro-Am, Am, Rookie, Junior…) scored by class position. Without its own tables it uses the
/// series' tables.
/// </summary>
public sealed record ClassSettings(string Code, IReadOnlyDictionary<string, PointsTable>? PointsBySessionType = null);

/// <summary>A series' scoring rules for one season. Session types and class codes match case-insensitively.</summary>
public sealed record ScoringSettings
{
    /// <summary>Overall points table per session type, e.g. "Race", "Sprint", "Feature".</summary>
    public required IReadOnlyDictionary<string, PointsTable> PointsBySessionType { get; init; }

    /// <summary>Overall-only: the timing flags mark the overall pole and fastest lap, not each class's. 0 = off.</summary>
    public decimal PoleBonus { get; init; }

    /// <summary>Overall-only, like <see cref="PoleBonus"/>. 0 = off.</summary>
    public decimal FastestLapBonus { get; init; }

    /// <summary>Some series pay bonuses only to classified finishers; others pay a pole-sitter who later retires.</summary>
    public bool BonusRequiresClassifiedFinish { get; init; }

    /// <summary>Halves position points when the winner covered less than half the scheduled distance.</summary>
    public bool HalfPointsBelowHalfDistance { get; init; }

    public IReadOnlyList<ClassSettings> Classes { get; init; } = [];

    /// <summary>Null when every result counts.</summary>
    public DroppedResults? Drops { get; init; }

    /// <summary>Starts needed to be classified in a standings table; 0 = everyone is classified.</summary>
    public int MinimumStarts { get; init; }

    /// <summary>Cars per entrant licence whose points count for the team in each session.</summary>
    public int TeamCarsCounted { get; init; } = 2;

    /// <summary>The problems that make these settings unusable; empty when they are fine.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (PointsBySessionType.Count == 0)
        {
            problems.Add("At least one session type needs a points table.");
        }

        problems.AddRange(TableProblems("Overall", PointsBySessionType));
        if (PoleBonus < 0 || FastestLapBonus < 0)
        {
            problems.Add("Bonus points cannot be negative.");
        }

        foreach (var duplicate in Classes.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"Class '{duplicate.Key}' is defined more than once.");
        }

        foreach (var cls in Classes)
        {
            if (string.IsNullOrWhiteSpace(cls.Code)
                || string.Equals(cls.Code, Classifications.Overall, StringComparison.OrdinalIgnoreCase)
                || string.Equals(cls.Code, Classifications.Teams, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"'{cls.Code}' is not a usable class code.");
            }

            if (cls.PointsBySessionType is not null)
            {
                problems.AddRange(TableProblems(cls.Code, cls.PointsBySessionType));
            }
        }

        if (Drops is { BestCount: < 1 })
        {
            problems.Add("Dropped results must keep at least one result.");
        }

        if (MinimumStarts < 0)
        {
            problems.Add("Minimum starts cannot be negative.");
        }

        if (TeamCarsCounted < 1)
        {
            problems.Add("Team standings must count at least one car.");
        }

        return problems;
    }

    internal void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(ScoringSettings));
        }
    }

    internal ClassSettings? FindClass(string code) =>
        Classes.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    internal PointsTable TableFor(string sessionType, ClassSettings? cls)
    {
        var table = (cls?.PointsBySessionType is { } classTables ? Find(classTables, sessionType) : null)
            ?? Find(PointsBySessionType, sessionType);
        return table ?? throw new ArgumentException($"No points table for session type '{sessionType}'.", nameof(sessionType));
    }

    private static PointsTable? Find(IReadOnlyDictionary<string, PointsTable> tables, string sessionType) =>
        tables.FirstOrDefault(t => string.Equals(t.Key, sessionType, StringComparison.OrdinalIgnoreCase)).Value;

    private static IEnumerable<string> TableProblems(string owner, IReadOnlyDictionary<string, PointsTable> tables) =>
        tables.Where(t => t.Value.Points.Any(p => p < 0)).Select(t => $"{owner} points for '{t.Key}' cannot be negative.");
}

/// <summary>The classification codes that are not sub-classes.</summary>
public static class Classifications
{
    public const string Overall = "Overall";

    public const string Teams = "Teams";
}
