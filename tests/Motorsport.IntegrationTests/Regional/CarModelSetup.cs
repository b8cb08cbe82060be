using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>Car models are headquarters' to create; regions use them once their replica has them.</summary>
internal static class CarModelSetup
{
    private const string CatalogPath = "/api/hq/catalog/car-models";

    /// <summary>Creates a 911 GT3 Cup at headquarters (retired, if asked) and waits until <paramref name="region"/>'s replica has that state.</summary>
    public static async Task<string> CreateAsync(PlatformFixture platform, RegionalApi region, string stem, string? homologationValidUntil = "2030-12-31", bool retired = false)
    {
        var code = RegionalApi.UniqueCode(stem);
        var (status, created) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, new
        {
            code, name = "911 GT3 Cup", category = "Cup", generation = "992", modelYear = 2024, engine = "4.0 l flat-six", powerKw = 375, homologationValidUntil,
        });
        status.ShouldBe(HttpStatusCode.Created, created.ToString());
        var version = 1L;
        if (retired)
        {
            var (retireStatus, _) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, $"{CatalogPath}/{code}/retire", new { version });
            retireStatus.ShouldBe(HttpStatusCode.OK);
            version = 2;
        }

        await Eventually.Until(
            () => region.GetAsync($"catalog/car-models/{code}"),
            result => result.Status == HttpStatusCode.OK && result.Body.GetProperty("version").GetInt64() >= version,
            because: $"{region.Region} should have {code} at version {version}");
        return code;
    }
}

/// <summary>
/// What every entry test needs and none changes: car models (active, retired, homologation ending mid-event), two office
/// engineers, a series with Pro / Pro-Am / Rookie (up to 25) and its 2027 season, and one scheduled event, 11–13 June 2027.
/// Built once per platform and region (again after a failed build); tests add their own teams, cars and drivers.
/// </summary>
internal sealed record EntryScenario(
    RegionalApi Api,
    Guid SeriesId,
    Guid SeasonId,
    Guid EventId,
    Guid SupportEngineerId,
    Guid PerformanceEngineerId,
    string ActiveModel,
    string RetiredModel,
    string ExpiringModel)
{
    private static readonly Dictionary<(PlatformFixture, string), Task<EntryScenario>> Built = [];

    public static Task<EntryScenario> ForAsync(PlatformFixture platform, string region)
    {
        lock (Built)
        {
            // A failed build is not kept: the next test tries again rather than failing on the first one's timeout.
            if (!Built.TryGetValue((platform, region), out var scenario) || scenario.IsFaulted || scenario.IsCanceled)
            {
                Built[(platform, region)] = scenario = BuildAsync(platform, new RegionalApi(platform.RegionStaff(region), region));
            }

            return scenario;
        }
    }

    private static async Task<EntryScenario> BuildAsync(PlatformFixture platform, RegionalApi api)
    {
        var active = await CarModelSetup.CreateAsync(platform, api, "992-CUP");
        var retired = await CarModelSetup.CreateAsync(platform, api, "991-CUP", retired: true);
        var expiring = await CarModelSetup.CreateAsync(platform, api, "997-CUP", homologationValidUntil: "2027-06-12");
        var support = RegionalApi.Id(await api.CreateEngineerAsync("Support"));
        var performance = RegionalApi.Id(await api.CreateEngineerAsync("Performance"));
        var series = await api.CreateSeriesWithSeasonAsync(2027);
        var seasonId = series.GetProperty("seasons")[0].GetProperty("id").GetGuid();
        var racingEvent = await api.CreateEventAsync(seasonId, support, performance);
        return new EntryScenario(api, RegionalApi.Id(series), seasonId, RegionalApi.Id(racingEvent), support, performance, active, retired, expiring);
    }

    /// <summary>A licensed team with one car of the active model and one driver of 28, ready to enter.</summary>
    public async Task<(Guid TeamId, Guid CarId, Guid DriverId)> ReadyTeamAsync(int carsAllowed = 1)
    {
        var team = RegionalApi.Id(await Api.CreateTeamAsync(SeasonId, carsAllowed));
        var car = RegionalApi.Id(await Api.CreateCarAsync(team, ActiveModel));
        var driver = RegionalApi.Id(await Api.CreateDriverAsync("1999-01-15"));
        return (team, car, driver);
    }

    /// <summary>Car numbers unique to one test, so tests sharing the event never collide.</summary>
    public static int NextCarNumber() => Interlocked.Increment(ref carNumber);

    private static int carNumber;
}
