using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Series;

/// <summary>The stable ids of the series rules; a refused change names one in its ProblemDetails' <c>rule</c>.</summary>
public static class SeriesRules
{
    public const string ClassInUse = "class-in-use";
}

/// <summary>A problem with the class list a client sent: the field it concerns and a sentence for people.</summary>
public sealed record SeriesClassProblem(string Field, string Message);

/// <summary>
/// The checks on a series' class list; they read nothing. Codes match ignoring case and surrounding spaces, the way
/// entries and standings look classes up.
/// </summary>
public static class SeriesClassRules
{
    /// <summary>Codes and names without surrounding spaces, so "Pro " is the class Pro; a blank name falls back to the code.</summary>
    public static IReadOnlyList<SeriesClassRequest> Normalized(IEnumerable<SeriesClassRequest> classes) =>
        classes.Select(c => c with { Code = c.Code!.Trim(), Name = string.IsNullOrWhiteSpace(c.Name) ? null : c.Name.Trim() }).ToList();

    /// <summary>
    /// The first malformed item of a normalized list. Standings are asked for by classification name (<c>?classification=</c>),
    /// so a class may not be called like the overall or the teams table.
    /// </summary>
    public static SeriesClassProblem? Check(IReadOnlyList<SeriesClassRequest> classes)
    {
        for (var index = 0; index < classes.Count; index++)
        {
            var code = classes[index].Code!;
            if (IsReserved(code))
            {
                return new($"classes[{index}].code", $"'{code}' names a standings table ({Classifications.Overall}, {Classifications.Teams}); pick another class code");
            }
        }

        return classes.GroupBy(c => c.Code!, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } duplicate
            ? new("classes", $"class '{duplicate.Key}' is listed more than once")
            : null;
    }

    /// <summary>The current classes the requested list drops although a standing entry runs in them.</summary>
    public static IReadOnlyList<string> RemovedInUse(IEnumerable<string> currentCodes, IEnumerable<string> requestedCodes, IEnumerable<string> usedCodes)
    {
        var requested = requestedCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var used = usedCodes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return currentCodes.Where(code => !requested.Contains(code) && used.Contains(code)).ToList();
    }

    private static bool IsReserved(string code) =>
        string.Equals(code, Classifications.Overall, StringComparison.OrdinalIgnoreCase)
        || string.Equals(code, Classifications.Teams, StringComparison.OrdinalIgnoreCase);
}
