using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Results;

/// <summary>A car of a results scenario: its number, class, team stem and the driver per round.</summary>
internal sealed record CarSpec(int Number, string Class, string Team, Func<int, string> DriverInRound, IReadOnlyList<int>? Rounds = null)
{
    public bool RacesIn(int round) => Rounds is null || Rounds.Contains(round);
}

/// <summary>
/// A series with classes Pro / Pro-Am / Am, crew certificates not required (that rule is not what these tests are
/// about), the given scoring settings, a season (2027 unless given) with one event per round, every three weeks from
/// 5 March, and every car entered in its rounds:
/// each team holds one licence for as many cars as it runs. Driver names are "First Last" exactly as given.
/// </summary>
internal sealed class ResultsScenario
{
    private readonly HttpClient client;

    private ResultsScenario(HttpClient client, RegionalApi api, Guid seriesId, Guid seasonId, IReadOnlyList<Guid> eventIds, IReadOnlyDictionary<string, string> teamStems)
    {
        this.client = client;
        Api = api;
        SeriesId = seriesId;
        SeasonId = seasonId;
        EventIds = eventIds;
        TeamStems = teamStems;
    }

    public RegionalApi Api { get; }
    public Guid SeriesId { get; }
    public Guid SeasonId { get; }

    /// <summary>Round 1 first.</summary>
    public IReadOnlyList<Guid> EventIds { get; }

    /// <summary>The stem a team was created with, by its unique name.</summary>
    public IReadOnlyDictionary<string, string> TeamStems { get; }

    /// <summary>A season whose events have all run, so that they take results.</summary>
    public const int PastSeason = 2025;

    public static Task<ResultsScenario> CreateAsync(PlatformFixture platform, string region, int rounds, IReadOnlyList<CarSpec> cars, object scoring) =>
        CreateAsync(platform, region, rounds, cars, scoring, seasonYear: 2027);

    public static async Task<ResultsScenario> CreateAsync(PlatformFixture platform, string region, int rounds, IReadOnlyList<CarSpec> cars, object scoring, int seasonYear)
    {
        var client = platform.RegionStaff(region);
        var api = new RegionalApi(client, region);
        var model = await CarModelSetup.CreateAsync(platform, api, "992-CUP");
        var support = RegionalApi.Id(await api.CreateEngineerAsync("Support"));
        var performance = RegionalApi.Id(await api.CreateEngineerAsync("Performance"));

        var series = await api.CreateAsync("series", new
        {
            code = RegionalApi.UniqueCode("CCA"),
            name = RegionalApi.Unique("Carrera Cup Asia"),
            classes = new object[] { new { code = "Pro" }, new { code = "Pro-Am" }, new { code = "Am" } },
            settings = new { requireCertifiedCrew = false },
        });
        var seriesId = RegionalApi.Id(series);
        var season = await api.OkAsync(HttpMethod.Post, $"series/{seriesId}/seasons", new { year = seasonYear, version = RegionalApi.Version(series) });
        var seasonId = season.GetProperty("seasons")[0].GetProperty("id").GetGuid();
        await api.OkAsync(HttpMethod.Put, $"series/{seriesId}/scoring", scoring);

        var eventIds = new List<Guid>();
        for (var round = 1; round <= rounds; round++)
        {
            var start = new DateOnly(seasonYear, 3, 5).AddDays(21 * (round - 1));
            var racingEvent = await api.CreateEventAsync(
                seasonId, support, performance, start.ToString("yyyy-MM-dd"), start.AddDays(2).ToString("yyyy-MM-dd"), $"Round {round}");
            eventIds.Add(RegionalApi.Id(racingEvent));
        }

        var teams = new Dictionary<string, Guid>();
        var stems = new Dictionary<string, string>();
        foreach (var stem in cars.Select(c => c.Team).Distinct())
        {
            var team = await api.CreateTeamAsync(seasonId, cars.Count(c => c.Team == stem), stem);
            teams[stem] = RegionalApi.Id(team);
            stems[team.GetProperty("name").GetString()!] = stem;
        }

        var drivers = new Dictionary<string, Guid>();
        foreach (var car in cars)
        {
            var carId = RegionalApi.Id(await api.CreateCarAsync(teams[car.Team], model));
            for (var round = 1; round <= rounds; round++)
            {
                if (!car.RacesIn(round))
                {
                    continue;
                }

                var name = car.DriverInRound(round);
                if (!drivers.TryGetValue(name, out var driverId))
                {
                    var (first, last) = (name[..name.IndexOf(' ')], name[(name.IndexOf(' ') + 1)..]);
                    drivers[name] = driverId = RegionalApi.Id(await api.CreateAsync("drivers", new
                    {
                        firstName = first, lastName = last, nationality = "SG", dateOfBirth = "1996-05-20", fiaGrade = "Silver",
                    }));
                }

                var (status, body) = await api.EnterAsync(eventIds[round - 1], teams[car.Team], carId, car.Number, car.Class, driverId);
                status.ShouldBe(HttpStatusCode.Created, body.ToString());
            }
        }

        return new ResultsScenario(client, api, seriesId, seasonId, eventIds, stems);
    }

    public async Task<JsonElement> CreateSessionAsync(int round, string name, int? scheduledLaps) =>
        await Api.CreateAsync($"events/{EventIds[round - 1]}/sessions", new { name, sessionType = "Race", scheduledLaps });

    public static string SessionPath(JsonElement session) =>
        $"events/{session.GetProperty("eventId").GetGuid()}/sessions/{RegionalApi.Id(session)}";

    /// <summary>Posts a timing export as the raw body, as <c>curl --data-binary @file.csv -H 'Content-Type: text/csv'</c> does.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(
        JsonElement session, byte[] csv, long version, int? pole = null, int[]? guests = null, string? correctionReason = null, bool absentAsNotStarted = false)
    {
        var content = new ByteArrayContent(csv);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return PostClassificationAsync(session, content, version, pole, guests, correctionReason, absentAsNotStarted);
    }

    /// <summary>Posts timing exports as the files of a form, as a browser's file input or <c>curl -F file=@race.csv</c> does.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> UploadFormAsync(JsonElement session, IEnumerable<byte[]> files, long version)
    {
        var form = new MultipartFormDataContent();
        var number = 0;
        foreach (var csv in files)
        {
            var file = new ByteArrayContent(csv);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", $"race-{++number}.csv");
        }

        form.Add(new StringContent("Timing export from race control"), "comment");
        return PostClassificationAsync(session, form, version, pole: null, guests: null, correctionReason: null, absentAsNotStarted: false);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostClassificationAsync(
        JsonElement session, HttpContent content, long version, int? pole, int[]? guests, string? correctionReason, bool absentAsNotStarted)
    {
        var query = new StringBuilder($"?version={version}");
        if (absentAsNotStarted)
        {
            query.Append("&absentAsNotStarted=true");
        }

        if (pole is { } car)
        {
            query.Append($"&pole={car}");
        }

        foreach (var guest in guests ?? [])
        {
            query.Append($"&guest={guest}");
        }

        if (correctionReason is not null)
        {
            query.Append($"&correctionReason={Uri.EscapeDataString(correctionReason)}");
        }

        using (content)
        {
            using var response = await client.PostAsync(Api.Path($"{SessionPath(session)}/classification{query}"), content);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
        }
    }

    public Task<JsonElement> StandingsAsync(string classification = "Overall") =>
        Api.OkAsync(HttpMethod.Get, $"series/{SeriesId}/seasons/{SeasonId}/standings?classification={Uri.EscapeDataString(classification)}");

    /// <summary>(position, name, points) per row, team names given by the stem they were created with.</summary>
    public IEnumerable<(int? Position, string Name, decimal Points)> Table(JsonElement standings) =>
        standings.GetProperty("rows").EnumerateArray().Select(row => (
            row.GetProperty("position").ValueKind == JsonValueKind.Null ? (int?)null : row.GetProperty("position").GetInt32(),
            TeamStems.GetValueOrDefault(row.GetProperty("name").GetString()!, row.GetProperty("name").GetString()!),
            row.GetProperty("points").GetDecimal()));

    public static IEnumerable<(int Round, string Session, decimal Points)> Dropped(JsonElement row) =>
        row.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("dropped").GetBoolean())
            .Select(r => (r.GetProperty("round").GetInt32(), r.GetProperty("session").GetString()!, r.GetProperty("points").GetDecimal()));

    /// <summary>A classification export in the layout of DOMAIN.md, with a byte-order mark; each car line is POSITION;NUMBER;…;STATUS;LAPS;TOTAL_TIME;…;FL_TIME.</summary>
    public static byte[] Csv(params string[] carLines)
    {
        const string header = "POSITION;NUMBER;TEAM;DRIVER_1;DRIVER_2;DRIVER_3;DRIVER_4;VEHICLE;TYRES;CLASS;GROUP;DIVISION;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH";
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", [header, .. carLines]) + "\r\n")];
    }

    /// <summary>One car line of <see cref="Csv"/>.</summary>
    public static string Line(string position, int number, string status, string laps, string totalTime, string fastestLap) =>
        $"{position};{number};Team;Driver;;;;Porsche 911 GT3 Cup (992);Michelin;PRO;;;{status};{laps};{totalTime};;;3;{fastestLap};158.7";
}
