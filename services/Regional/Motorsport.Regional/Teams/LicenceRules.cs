namespace Motorsport.Regional.Teams;

/// <summary>The stable ids of the licence rules; a refused change names one in its ProblemDetails' <c>rule</c>.</summary>
public static class LicenceRules
{
    public const string LicenceInUse = "licence-in-use";
}

/// <summary>The distinct cars of a team's standing entries in one event of the season that is still scheduled.</summary>
public sealed record OpenEventCars(string EventName, int Cars);

/// <summary>
/// A team's licences for a season must keep covering its standing entries in the season's scheduled events, or those
/// entries would break <c>no-licence</c> or <c>licence-car-limit</c> after they were accepted. Counted per event, like the
/// entry rule. Reads nothing.
/// </summary>
public static class LicenceCoverage
{
    /// <summary>Why the team's licences left for the season (their cars allowed) no longer cover its open entries; null when they do.</summary>
    public static string? Uncovered(IReadOnlyCollection<int> remainingCarsAllowed, IEnumerable<OpenEventCars> openEvents)
    {
        var allowed = remainingCarsAllowed.Sum();
        if (openEvents.Where(e => e.Cars > allowed).MaxBy(e => e.Cars) is not { } uncovered)
        {
            return null;
        }

        return remainingCarsAllowed.Count == 0
            ? $"The team would hold no licence for the season but has {uncovered.Cars} car(s) entered in {uncovered.EventName}; withdraw those entries first."
            : $"The team's licences for the season would allow {allowed} car(s) per event but it has {uncovered.Cars} entered in {uncovered.EventName}; withdraw entries first.";
    }
}
