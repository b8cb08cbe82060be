using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Motorsport.Contracts.Regional;
using Motorsport.Regional.Events;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.Regional.Results.Exports;

/// <summary>
/// What a championship manager publishes: standings and a session's classification as CSV (semicolon-separated like the
/// timing exports; the classification keeps the import's column names, so it reads back in), the season's calendar as
/// iCalendar.
/// </summary>
public static class ResultsExports
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string CalendarType = "text/calendar; charset=utf-8";

    private static readonly CsvConfiguration Format = new(CultureInfo.InvariantCulture) { Delimiter = ";" };

    /// <summary>CSV when the query says <c>format=csv</c> or, without a format, the client accepts <c>text/csv</c>.</summary>
    public static bool WantsCsv(HttpRequest request, string? format) =>
        format is null ? request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)) : format == "csv";

    /// <summary>
    /// One line per competitor and table; per session of the season (in order) its road position, scoring position,
    /// points and whether dropped, under headers naming the round, the event and the session.
    /// </summary>
    public static string Standings(IReadOnlyList<StandingsTableState> tables)
    {
        var sessions = tables.SelectMany(t => t.Rows).SelectMany(r => r.Results)
            .Select(r => (r.Round, r.Session, r.EventName)).Distinct().OrderBy(s => s.Round).ToList();
        return Write(csv =>
        {
            foreach (var header in (string[])["TABLE", "POSITION", "COMPETITOR", "KIND", "NATIONALITY", "CAR_NUMBERS", "CLASS", "GUEST", "POINTS", "DEDUCTED", "STARTS"])
            {
                csv.WriteField(header);
            }

            foreach (var (round, session, eventName) in sessions)
            {
                foreach (var value in (string[])["ROAD_POSITION", "SCORING_POSITION", "POINTS", "DROPPED"])
                {
                    csv.WriteField($"R{round} {eventName} {session} {value}");
                }
            }

            csv.NextRecord();
            foreach (var table in tables)
            {
                foreach (var row in table.Rows)
                {
                    csv.WriteField(table.Classification);
                    csv.WriteField(row.Position?.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(row.Name);
                    csv.WriteField(row.Kind);
                    csv.WriteField(row.Nationality);
                    csv.WriteField(string.Join(' ', row.CarNumbers ?? []));
                    csv.WriteField(row.Class);
                    csv.WriteField(row.Guest ? "guest" : "");
                    csv.WriteField(Number(row.Points));
                    csv.WriteField(row.Deducted == 0 ? "" : Number(row.Deducted));
                    csv.WriteField(row.Starts.ToString(CultureInfo.InvariantCulture));
                    foreach (var (round, session, _) in sessions)
                    {
                        var result = row.Results.FirstOrDefault(r => r.Round == round && r.Session == session);
                        csv.WriteField(result?.RoadPosition?.ToString(CultureInfo.InvariantCulture));
                        csv.WriteField(result is null ? null : result.ScoringPosition?.ToString(CultureInfo.InvariantCulture) ?? string.Join(' ', result.Positions));
                        csv.WriteField(result is null ? null : Number(result.Points));
                        csv.WriteField(result?.Dropped == true ? "dropped" : "");
                    }

                    csv.NextRecord();
                }
            }
        });
    }

    /// <summary>The classification after decisions, one line per car, in the timing export's column names.</summary>
    public static string Classification(SessionResponse session, IReadOnlyDictionary<Guid, string> teams, IReadOnlyDictionary<Guid, string> drivers) => Write(csv =>
    {
        foreach (var header in (string[])["POSITION", "NUMBER", "TEAM", "DRIVERS", "CLASS", "STATUS", "NOT_RUNNING", "LAPS", "TOTAL_TIME", "PENALTY", "GUEST", "POINTS"])
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var row in session.Classification)
        {
            csv.WriteField(row.Position?.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.CarNumber.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(teams.GetValueOrDefault(row.TeamId));
            csv.WriteField(string.Join(" / ", row.DriverIds.Select(id => drivers.GetValueOrDefault(id, id.ToString()))));
            csv.WriteField(row.Class);
            csv.WriteField(row.Status == ResultStatus.NotClassified ? "Not classified" : row.Status.ToString());
            csv.WriteField(row.NotRunning ? "†" : "");
            csv.WriteField(row.Laps?.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.TotalTime?.ToString(@"h\:mm\:ss\.fff", CultureInfo.InvariantCulture));
            csv.WriteField(row.PenaltySeconds == 0 ? "" : Number(row.PenaltySeconds));
            csv.WriteField(row.Guest ? "guest" : "");
            csv.WriteField(Number(row.Points));
            csv.NextRecord();
        }
    });

    /// <summary>
    /// The season's events as all-day iCalendar events (the end date exclusive, as iCalendar counts it), cancelled ones
    /// marked so; <paramref name="domain"/> keeps the event ids unique across regions.
    /// </summary>
    public static string Calendar(string name, string domain, IEnumerable<RacingEvent> events)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Motorsport Platform//Results//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var racingEvent in events.OrderBy(e => e.StartDate))
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{racingEvent.Id}@{domain}",
                Summary = racingEvent.Name,
                Location = racingEvent.Circuit,
                DtStart = new CalDateTime(racingEvent.StartDate),
                DtEnd = new CalDateTime(racingEvent.EndDate.AddDays(1)),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(racingEvent.UpdatedAtUtc, DateTimeKind.Utc)),
                Status = racingEvent.Status == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Write(Action<CsvWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Format))
        {
            write(csv);
        }

        return text.ToString();
    }
}
