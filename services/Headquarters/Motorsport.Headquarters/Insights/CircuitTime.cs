namespace Motorsport.Headquarters.Insights;

/// <summary>Dates at a circuit as instants: the one conversion the calendar's order and its display share.</summary>
public static class CircuitTime
{
    /// <summary>
    /// An event's first day begins at local midnight at the circuit; the calendar orders events by that instant. Midnight of
    /// 1 January of year 1 east of UTC (or of 31 December 9999 west of it) has no representable instant: regions refuse such
    /// dates now, but a row stored before they did is shown at UTC midnight rather than failing the calendar for everyone.
    /// </summary>
    public static DateTimeOffset LocalMidnight(DateOnly date, string timeZone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        var offset = Zone(timeZone).GetUtcOffset(local);
        var utcTicks = local.Ticks - offset.Ticks;
        return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks
            ? new DateTimeOffset(local, offset)
            : new DateTimeOffset(local, TimeSpan.Zero);
    }

    /// <summary>The circuit's date at <paramref name="utc"/>.</summary>
    public static DateOnly LocalDate(DateTime utc, string timeZone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone(timeZone)));

    private static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
