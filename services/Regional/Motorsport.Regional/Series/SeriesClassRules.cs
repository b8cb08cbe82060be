using Motorsport.Regional.Entries;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Series;

/// <summary>The stable ids of the series rules; a refused change names one in its ProblemDetails' <c>rule</c>.</summary>
public static class SeriesRules
{
    public const string ClassInUse = "class-in-use";
    public const string ClassLimitBreaksEntries = "class-limit-breaks-entries";
}

/// <summary>A problem with the class list a client sent: the field it concerns and a sentence for people.</summary>
public sealed record SeriesClassProblem(string Field, string Message);

/// <summary>A driver of a standing entry in a scheduled event of the series, with what the class age rule looks at.</summary>
public sealed record StandingEntryDriver(string Class, int CarNumber, string EventName, DateOnly EventStartDate, string DriverName, DateOnly DateOfBirth);

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

    /// <summary>
    /// The first class of a normalized list whose age limit a standing entry would break, judged like the entry rule
    /// (<c>driver-age-limit</c>: age on the event's first day). Only a limit that gets stricter is checked: an unchanged or
    /// looser one cannot uncover entries, and refusing it would block unrelated edits of the series.
    /// </summary>
    public static SeriesClassProblem? AgeLimitBrokenBy(
        IEnumerable<ClassFacts> currentClasses, IReadOnlyList<SeriesClassRequest> requested, IEnumerable<StandingEntryDriver> standing)
    {
        var current = currentClasses.ToDictionary(c => c.Code, c => c.MaxDriverAge, StringComparer.OrdinalIgnoreCase);
        var drivers = standing.ToList();
        for (var index = 0; index < requested.Count; index++)
        {
            var (code, maxAge) = (requested[index].Code!, requested[index].MaxDriverAge);
            if (maxAge is not { } limit || (current.TryGetValue(code, out var before) && before <= limit))
            {
                continue;
            }

            var breaking = drivers
                .Where(d => string.Equals(d.Class, code, StringComparison.OrdinalIgnoreCase))
                .Select(d => (Driver: d, Age: EntryEligibility.AgeOn(d.DateOfBirth, d.EventStartDate)))
                .Where(d => d.Age > limit)
                .OrderBy(d => d.Driver.EventStartDate)
                .ThenBy(d => d.Driver.CarNumber)
                .FirstOrDefault();
            if (breaking.Driver is { } driver)
            {
                return new($"classes[{index}].maxDriverAge",
                    $"{driver.DriverName} (#{driver.CarNumber} in {driver.EventName}) is {breaking.Age} on the event's first day; withdraw such entries before lowering the age limit of class {code} to {limit}.");
            }
        }

        return null;
    }

    private static bool IsReserved(string code) =>
        string.Equals(code, Classifications.Overall, StringComparison.OrdinalIgnoreCase)
        || string.Equals(code, Classifications.Teams, StringComparison.OrdinalIgnoreCase);
}
