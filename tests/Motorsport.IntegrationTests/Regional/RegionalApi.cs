using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>A regional office's calls through the gateway, as its staff make them; each helper asserts its call succeeded.</summary>
internal sealed class RegionalApi(HttpClient client, string region)
{
    public string Region => region;

    public HttpClient Client => client;

    public string Path(string relative) => $"/api/regions/{region}/{relative}";

    public Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string relative, object? body = null) =>
        client.SendJsonAsync(method, Path(relative), body);

    public Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string relative) => SendAsync(HttpMethod.Get, relative);

    public async Task<JsonElement> ExpectAsync(HttpStatusCode expected, HttpMethod method, string relative, object? body = null)
    {
        var (status, response) = await SendAsync(method, relative, body);
        status.ShouldBe(expected, $"{method} {relative}: {response}");
        return response;
    }

    public Task<JsonElement> CreateAsync(string relative, object body) => ExpectAsync(HttpStatusCode.Created, HttpMethod.Post, relative, body);

    public Task<JsonElement> OkAsync(HttpMethod method, string relative, object? body = null) => ExpectAsync(HttpStatusCode.OK, method, relative, body);

    public static string Unique(string stem) => $"{stem} {Guid.NewGuid().ToString("N")[..8]}";

    public static string UniqueCode(string stem) => $"{stem}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";

    public Task<JsonElement> CreateEngineerAsync(string name) =>
        CreateAsync("engineers", new { name = Unique(name), email = "office@example.com" });

    /// <summary>
    /// A series with Pro / Pro-Am / Rookie (up to 25) and one season. Its crew-certificate switch is off unless asked for:
    /// entries then test their own rules without certifying every team's crew first (Training tests cover that rule).
    /// </summary>
    public async Task<JsonElement> CreateSeriesWithSeasonAsync(int year, string codeStem = "CC", bool requireCertifiedCrew = false)
    {
        var series = await CreateAsync("series", new
        {
            code = UniqueCode(codeStem),
            name = Unique("Carrera Cup"),
            classes = new object[]
            {
                new { code = "Pro", name = "Pro" },
                new { code = "Pro-Am", name = "Pro-Am" },
                new { code = "Rookie", name = "Rookie", maxDriverAge = 25 },
            },
            settings = new { requireCertifiedCrew },
        });
        return await OkAsync(HttpMethod.Post, $"series/{Id(series)}/seasons", new { year, version = Version(series) });
    }

    public async Task<JsonElement> CreateEventAsync(
        Guid seasonId, Guid supportEngineerId, Guid performanceEngineerId, string start = "2027-06-11", string end = "2027-06-13", string name = "Round 3") =>
        await CreateAsync("events", new
        {
            seasonId,
            name = Unique(name),
            circuit = "Red Bull Ring",
            startDate = start,
            endDate = end,
            timeZone = "Europe/Vienna",
            supportEngineerIds = new[] { supportEngineerId },
            performanceEngineerIds = new[] { performanceEngineerId },
        });

    /// <summary>A team holding one licence for <paramref name="seasonId"/>, or none when <paramref name="carsAllowed"/> is 0.</summary>
    public async Task<JsonElement> CreateTeamAsync(Guid? seasonId, int carsAllowed = 1, string stem = "Team")
    {
        var team = await CreateAsync("teams", new { name = Unique(stem), country = "AT" });
        if (seasonId is null || carsAllowed == 0)
        {
            return team;
        }

        return await OkAsync(HttpMethod.Post, $"teams/{Id(team)}/licences", new
        {
            seasonId, number = UniqueCode("LIC"), carsAllowed, version = Version(team),
        });
    }

    public Task<JsonElement> CreateCarAsync(Guid teamId, string carModelCode) =>
        CreateAsync("cars", new { chassisNumber = UniqueCode("WP0ZZZ99Z"), carModelCode, teamId });

    public Task<JsonElement> CreateDriverAsync(string dateOfBirth = "1998-04-02", string grade = "Silver") =>
        CreateAsync("drivers", new { firstName = "Test", lastName = Unique("Driver"), nationality = "AT", dateOfBirth, fiaGrade = grade });

    public Task<(HttpStatusCode Status, JsonElement Body)> EnterAsync(Guid eventId, Guid teamId, Guid carId, int carNumber, string @class, params Guid[] driverIds) =>
        SendAsync(HttpMethod.Post, "entries", new { eventId, teamId, carId, carNumber, @class, driverIds });

    public static Guid Id(JsonElement resource) => resource.GetProperty("id").GetGuid();

    public static long Version(JsonElement resource) => resource.GetProperty("version").GetInt64();
}
