namespace Motorsport.Regional.Results.Scoring;

/// <summary>
/// What a client's points tables must look like before they become <see cref="ScoringSettings"/>. The engine matches
/// session types case-insensitively, so two keys differing only in case cannot both be kept; the bounds keep a season's
/// sums far from decimal overflow. Problems are keyed by the field as the client wrote it: <c>pointsBySessionType</c>,
/// <c>pointsBySessionType.Race</c>, <c>classPoints.Pro</c>, <c>classPoints.Pro.Race</c>.
/// </summary>
public static class PointsTableRules
{
    /// <summary>As long as a session's own <c>sessionType</c> may be, so every key can be a session's type.</summary>
    public const int MaxSessionTypeLength = 40;

    public const int MaxSessionTypes = 20;

    public const int MaxPositions = 100;

    public const decimal MaxPoints = 1000;

    /// <summary>Tables that are null, empty, too long or hold points out of range, and keys that are blank, padded, too long or repeated.</summary>
    public static Dictionary<string, string[]> Malformed(
        IReadOnlyDictionary<string, IReadOnlyList<decimal>?> pointsBySessionType,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>?>?> classPoints)
    {
        var problems = new Problems();
        TableProblems(problems, "pointsBySessionType", pointsBySessionType);
        if (SameIgnoringCase(classPoints.Keys) is { } sameClass)
        {
            problems.Add("classPoints", $"names the class '{sameClass}' more than once");
        }

        foreach (var (code, tables) in classPoints)
        {
            if (tables is null)
            {
                problems.Add($"classPoints.{code}", "must be the class's points tables by session type, not null");
            }
            else
            {
                TableProblems(problems, $"classPoints.{code}", tables);
            }
        }

        return problems.ToErrors();
    }

    /// <summary>
    /// Class tables of a session type the overall tables do not have. Sessions only take types of the overall tables, so
    /// such a table would never score anything: it is a typing mistake.
    /// </summary>
    public static Dictionary<string, string[]> ClassTablesWithoutOverall(
        IReadOnlyDictionary<string, IReadOnlyList<decimal>> pointsBySessionType,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>>> classPoints)
    {
        var overall = pointsBySessionType.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return classPoints
            .SelectMany(c => c.Value.Keys.Where(type => !overall.Contains(type)).Select(type => (Class: c.Key, Type: type)))
            .ToDictionary(
                t => $"classPoints.{t.Class}.{t.Type}",
                t => new[] { $"pointsBySessionType has no '{t.Type}' table; a class table is for a session type the series scores, one of {string.Join(", ", overall)}." });
    }

    private static void TableProblems(Problems problems, string field, IReadOnlyDictionary<string, IReadOnlyList<decimal>?> tables)
    {
        if (tables.Count > MaxSessionTypes)
        {
            problems.Add(field, $"has {tables.Count} session types; at most {MaxSessionTypes}");
        }

        if (SameIgnoringCase(tables.Keys) is { } sameType)
        {
            problems.Add(field, $"names the session type '{sameType}' more than once; session types ignore case");
        }

        foreach (var (sessionType, points) in tables)
        {
            if (KeyProblem(sessionType) is { } keyProblem)
            {
                // The key itself is unusable, and may be 10,000 characters: it is not repeated as a field name.
                problems.Add(field, keyProblem);
                continue;
            }

            var key = $"{field}.{sessionType}";
            if (points is null)
            {
                problems.Add(key, "must be the points of position 1, 2, 3…, not null");
            }
            else if (points.Count == 0)
            {
                problems.Add(key, "must give the points of position 1 at least");
            }
            else if (points.Count > MaxPositions)
            {
                problems.Add(key, $"lists {points.Count} positions; at most {MaxPositions}");
            }
            else if (points.Any(p => p is < 0 or > MaxPoints))
            {
                problems.Add(key, $"points must be between 0 and {MaxPoints}");
            }
        }
    }

    private static string? KeyProblem(string sessionType) => sessionType switch
    {
        _ when string.IsNullOrWhiteSpace(sessionType) => $"has a blank session type; a session type is 1 to {MaxSessionTypeLength} characters",
        { Length: > MaxSessionTypeLength } => $"has a session type of {sessionType.Length} characters; at most {MaxSessionTypeLength}",
        _ when sessionType.Trim().Length != sessionType.Length => $"session type '{sessionType}' must not start or end with spaces",
        _ => null,
    };

    private static string? SameIgnoringCase(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1)?.Key;

    /// <summary>Several messages may land on one field, in the order found.</summary>
    private sealed class Problems
    {
        private readonly Dictionary<string, List<string>> byField = [];

        public void Add(string field, string message)
        {
            if (!byField.TryGetValue(field, out var messages))
            {
                byField[field] = messages = [];
            }

            messages.Add(message);
        }

        public Dictionary<string, string[]> ToErrors() => byField.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
