using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Motorsport.Contracts.Regional;

namespace Motorsport.Headquarters.Insights;

/// <summary>
/// Every region's events as one iCalendar feed: all-day events (the end date exclusive, as iCalendar counts it), the
/// series in the summary, the region in the event id so that ids stay unique across regions.
/// </summary>
public static class CalendarExport
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string ToICalendar(IEnumerable<CalendarEvent> events)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Motorsport Platform//Headquarters//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Customer racing calendar");
        foreach (var item in events)
        {
            calendar.Events.Add(new Ical.Net.CalendarComponents.CalendarEvent
            {
                Uid = $"{item.EventId}@{item.Region}.motorsport",
                Summary = $"{item.Series}: {item.Name}",
                Location = item.Circuit,
                Description = $"Region {item.Region}",
                DtStart = new CalDateTime(item.StartDate),
                DtEnd = new CalDateTime(item.EndDate.AddDays(1)),
                Status = item.Status == nameof(EventStatus.Cancelled) ? "CANCELLED" : "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
