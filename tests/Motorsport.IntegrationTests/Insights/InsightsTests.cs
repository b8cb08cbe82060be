using System.Net;
using System.Text.Json;
using Motorsport.Data;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Insights;

[Collection(DisruptedPlatformCollection.Name)]
public sealed class InsightsTests(PlatformFixture platform)
{
    private const string Insights = "/api/hq/insights";

    /// <summary>
    /// One event per region whose local start dates and instants disagree: Kiritimati (UTC+14) on the 10th starts before
    /// Pago Pago (UTC−11) on the 9th, so only a time-zone-correct calendar orders them right.
    /// </summary>
    private static readonly (string Region, string TimeZone, string Date, string StartsAtUtc)[] Events =
    [
        ("europe", "Europe/London", "2029-03-09", "2029-03-09T00:00:00Z"),
        ("asia-pacific", "Pacific/Kiritimati", "2029-03-10", "2029-03-09T10:00:00Z"),
        ("us", "Pacific/Pago_Pago", "2029-03-09", "2029-03-09T11:00:00Z"),
    ];

    [Fact]
    public async Task Headquarters_sees_every_region_shows_a_stopped_one_as_stale_and_rebuilds_identical_views()
    {
        var created = new List<(string Region, Guid EventId, string Model, Guid TeamId)>();
        foreach (var (region, timeZone, date, _) in Events)
        {
            created.Add(await CreateRegionalDataAsync(region, timeZone, date));
        }

        var models = created.Select(c => c.Model).ToHashSet();
        var eventIds = created.Select(c => c.EventId).ToList();

        var calendar = await WaitForViewAsync(
            $"{Insights}/calendar?from=2029-03-01&to=2029-03-31",
            view => Items(view).Count(e => eventIds.Contains(e.GetProperty("eventId").GetGuid())) == 3);
        var ours = Items(calendar).Where(e => eventIds.Contains(e.GetProperty("eventId").GetGuid())).ToList();
        ours.Select(e => e.GetProperty("region").GetString()).ShouldBe(Events.Select(e => e.Region));
        ours.Select(e => e.GetProperty("startsAtUtc").GetDateTime().ToUniversalTime())
            .ShouldBe(Events.Select(e => DateTime.Parse(e.StartsAtUtc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));

        var carModels = await WaitForViewAsync(
            $"{Insights}/car-models",
            view => Items(view).Count(m => models.Contains(m.GetProperty("carModelCode").GetString()!) && m.GetProperty("entries").GetInt32() == 1) == 3);
        foreach (var (region, _, model, _) in created)
        {
            var usage = Items(carModels).Single(m => m.GetProperty("carModelCode").GetString() == model);
            usage.GetProperty("cars").GetInt32().ShouldBe(1);
            usage.GetProperty("regions").EnumerateArray().Single().GetProperty("region").GetString().ShouldBe(region);
        }

        var overview = await WaitForViewAsync($"{Insights}/regions", view => Items(view).Count() >= 3);
        foreach (var region in PlatformFixture.Regions)
        {
            var row = Items(overview).Single(r => r.GetProperty("region").GetString() == region);
            row.GetProperty("stale").GetBoolean().ShouldBeFalse();
            row.GetProperty("teams").GetInt32().ShouldBeGreaterThan(0);
            row.GetProperty("entries").GetInt32().ShouldBeGreaterThan(0);
            row.GetProperty("upcomingEvents").GetInt32().ShouldBeGreaterThan(0);
        }

        // The teams race without any certified crew: headquarters lists them as lacking, per model they run.
        var teamIds = created.Select(c => c.TeamId).ToHashSet();
        var compliance = await WaitForViewAsync(
            $"{Insights}/training-compliance?onlyLacking=true",
            view => Items(view).Count(t => teamIds.Contains(t.GetProperty("teamId").GetGuid())) == 3);
        foreach (var (region, _, model, teamId) in created)
        {
            var team = Items(compliance).Single(t => t.GetProperty("teamId").GetGuid() == teamId);
            team.GetProperty("region").GetString().ShouldBe(region);
            team.GetProperty("compliant").GetBoolean().ShouldBeFalse();
            var carModel = team.GetProperty("carModels").EnumerateArray().ShouldHaveSingleItem();
            carModel.GetProperty("carModelCode").GetString().ShouldBe(model);
            carModel.GetProperty("certifiedMechanic").GetBoolean().ShouldBeFalse();
        }

        await platform.StopRegionAsync("us");
        try
        {
            var withUsDown = await WaitForViewAsync($"{Insights}/regions", view => IsStale(view, "us"));
            IsStale(withUsDown, "europe").ShouldBeFalse();
            IsStale(withUsDown, "asia-pacific").ShouldBeFalse();
            var calendarWithUsDown = await WholeViewAsync($"{Insights}/calendar?from=2029-03-01&to=2029-03-31");
            calendarWithUsDown.Status.ShouldBe(HttpStatusCode.OK);
            IsStale(calendarWithUsDown.Body, "us").ShouldBeTrue();
            Items(calendarWithUsDown.Body).Single(e => e.GetProperty("eventId").GetGuid() == created[2].EventId)
                .GetProperty("regionStale").GetBoolean().ShouldBeTrue();
            IsStale((await platform.HeadquartersAnalyst.GetJsonAsync($"{Insights}/car-models")).Body, "us").ShouldBeTrue();
        }
        finally
        {
            await platform.StartRegionAsync("us");
        }

        await WaitForViewAsync($"{Insights}/regions", view => !IsStale(view, "us"));
        var before = await StableViewsAsync();

        (await platform.Operations.SendJsonAsync(HttpMethod.Post, $"{Insights}/rebuild")).Status.ShouldBe(HttpStatusCode.Accepted);
        await Eventually.Until(StableViewsAsync, views => views == before, TimeSpan.FromSeconds(90), "a rebuild should restore the same views");

        await platform.RestartHeadquartersWithEmptyDatabaseAsync();
        await Eventually.Until(StableViewsAsync, views => views == before, TimeSpan.FromSeconds(90), "a headquarters with an empty database should rebuild the same views");
    }

    private async Task<(string Region, Guid EventId, string Model, Guid TeamId)> CreateRegionalDataAsync(string region, string timeZone, string date)
    {
        var api = new RegionalApi(platform.RegionStaff(region), region);
        var model = await CarModelSetup.CreateAsync(platform, api, "INSIGHT");
        var support = await api.CreateEngineerAsync("Support");
        var performance = await api.CreateEngineerAsync("Performance");
        var season = await api.CreateSeriesWithSeasonAsync(2029);
        var seasonId = season.GetProperty("seasons").EnumerateArray().Single(s => s.GetProperty("year").GetInt32() == 2029).GetProperty("id").GetGuid();
        var racingEvent = await api.CreateAsync("events", new
        {
            seasonId,
            name = RegionalApi.Unique("Season opener"),
            circuit = "Somewhere",
            startDate = date,
            endDate = date,
            timeZone,
            supportEngineerIds = new[] { RegionalApi.Id(support) },
            performanceEngineerIds = new[] { RegionalApi.Id(performance) },
        });
        var team = await api.CreateTeamAsync(seasonId, carsAllowed: 1, stem: "Insight Racing");
        var car = await api.CreateCarAsync(RegionalApi.Id(team), model);
        var driver = await api.CreateDriverAsync();
        var (status, entry) = await api.EnterAsync(RegionalApi.Id(racingEvent), RegionalApi.Id(team), RegionalApi.Id(car), 7, "Pro", RegionalApi.Id(driver));
        status.ShouldBe(HttpStatusCode.Created, entry.ToString());
        return (region, RegionalApi.Id(racingEvent), model, RegionalApi.Id(team));
    }

    /// <summary>The views without the freshness timestamps, which move with every heartbeat.</summary>
    private async Task<string> StableViewsAsync()
    {
        var parts = new List<string>();
        foreach (var view in new[] { "regions", "calendar", "car-models", "training-compliance", "standings" })
        {
            var (status, body) = await WholeViewAsync($"{Insights}/{view}");
            parts.Add(status == HttpStatusCode.OK ? body.GetProperty("items").GetRawText() : status.ToString());
        }

        return string.Join('\n', parts);
    }

    private async Task<JsonElement> WaitForViewAsync(string path, Func<JsonElement, bool> done)
    {
        var (_, body) = await Eventually.Until(
            () => WholeViewAsync(path),
            result => result.Status == HttpStatusCode.OK && done(result.Body),
            TimeSpan.FromSeconds(30),
            $"{path} should show the regions' data");
        return body;
    }

    /// <summary>A view with the items of all its pages, page after page as a client reads it, when the view is paged.</summary>
    private async Task<(HttpStatusCode Status, JsonElement Body)> WholeViewAsync(string path)
    {
        var separator = path.Contains('?') ? '&' : '?';
        var (status, body) = await platform.HeadquartersAnalyst.GetJsonAsync($"{path}{separator}pageSize=200");
        if (status != HttpStatusCode.OK || !body.TryGetProperty("totalCount", out var total))
        {
            return (status, body);
        }

        var items = Items(body).ToList();
        for (var page = 2; items.Count < total.GetInt32(); page++)
        {
            var (next, more) = await platform.HeadquartersAnalyst.GetJsonAsync($"{path}{separator}pageSize=200&page={page}");
            if (next != HttpStatusCode.OK || !Items(more).Any())
            {
                return (next, more);
            }

            items.AddRange(Items(more));
        }

        var whole = JsonSerializer.SerializeToElement(new { regions = body.GetProperty("regions"), items });
        return (status, whole);
    }

    private static IEnumerable<JsonElement> Items(JsonElement view) => view.GetProperty("items").EnumerateArray();

    private static bool IsStale(JsonElement view, string region) =>
        view.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("region").GetString() == region).GetProperty("stale").GetBoolean();
}
