namespace Motorsport.Regional.Events;

/// <summary>The stable ids of the event rules; a refused request names one in its ProblemDetails' <c>rule</c>.</summary>
public static class EventRules
{
    public const string OutsideSeason = "event-outside-season";
    public const string NotFinished = "event-not-finished";
}

/// <summary>When an event can take place and when it is over; decided from the dates alone, without I/O.</summary>
public static class EventSchedule
{
    /// <summary>
    /// An event may fall in its season's year or the year either side: winter series straddle New Year and pre-season tests
    /// run in the year before. Anything further out is a typing mistake in the date or the season.
    /// </summary>
    public static bool WithinSeason(DateOnly date, int seasonYear) => Math.Abs(date.Year - seasonYear) <= 1;

    /// <summary>Why the dates do not fit the season, naming the first date that is out; <c>null</c> when both fit.</summary>
    public static (string Field, string Message)? OutsideSeason(DateOnly start, DateOnly end, int seasonYear)
    {
        foreach (var (field, date) in new[] { ("startDate", start), ("endDate", end) })
        {
            if (!WithinSeason(date, seasonYear))
            {
                return (field, $"{date:yyyy-MM-dd} is too far from the {seasonYear} season; its events fall in {seasonYear - 1} to {seasonYear + 1}.");
            }
        }

        return null;
    }

    /// <summary>
    /// An event is over from its last day in the circuit's zone: the office completes it once the last race has run, which
    /// on the last day may already be the next day in UTC (or still the day before).
    /// </summary>
    public static bool HasEnded(DateOnly endDate, DateTimeOffset now, TimeZoneInfo circuitZone) => endDate <= CircuitToday(now, circuitZone);

    /// <summary>
    /// An event is under way from its first day in the circuit's zone: practice and qualifying run then, so results may
    /// arrive from that day, not before.
    /// </summary>
    public static bool HasStarted(DateOnly startDate, DateTimeOffset now, TimeZoneInfo circuitZone) => startDate <= CircuitToday(now, circuitZone);

    /// <summary>The circuit's zone; UTC for a zone this system no longer finds, as events stored before zones were checked may hold.</summary>
    public static TimeZoneInfo CircuitZone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    private static DateOnly CircuitToday(DateTimeOffset now, TimeZoneInfo circuitZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, circuitZone).DateTime);

    /// <summary>
    /// The IANA spelling of <paramref name="id"/>, or <c>null</c> when it is not an IANA zone. The system lookup alone is not
    /// enough: it also finds Windows ids ("W. Europe Standard Time"), which name several circuits' zones at once, and it finds
    /// a wrong case ("europe/berlin") only once the right one is in its cache. So the zone list decides the spelling, case
    /// aside, and a link the list leaves out (Etc/UTC, US/Eastern) is taken only as spelled.
    /// </summary>
    public static string? IanaTimeZone(string id)
    {
        var listed = TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => string.Equals(z.Id, id, StringComparison.OrdinalIgnoreCase));
        if (listed is not null)
        {
            return listed.HasIanaId ? listed.Id : null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId && zone.Id == id ? id : null;
    }
}
