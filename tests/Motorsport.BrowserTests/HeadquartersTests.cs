using System.Net;
using Microsoft.Playwright;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;
using Motorsport.IntegrationTests.Results;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HeadquartersTests(BrowserFixture browser)
{
    private static readonly object Scoring = new { pointsBySessionType = new Dictionary<string, decimal[]> { ["Race"] = [25, 18, 15] }, version = 0 };

    [Fact]
    public async Task An_analyst_sees_every_region_with_its_freshness_the_calendar_and_a_standings_table()
    {
        var scenario = await ResultsScenario.CreateAsync(
            browser.Platform, "europe", rounds: 1, [new(11, "Pro", "Analyst Racing", _ => "Ada Lind"), new(12, "Pro", "Analyst Motorsport", _ => "Bo Stein")], Scoring,
            ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 10);
        await scenario.Api.OkAsync(HttpMethod.Put, $"{ResultsScenario.SessionPath(session)}/classification", new
        {
            rows = new object[] { new { carNumber = 12, position = 1, status = "Classified", laps = 10 }, new { carNumber = 11, position = 2, status = "Classified", laps = 10 } },
            version = 1,
        });
        var series = (await scenario.Api.OkAsync(HttpMethod.Get, $"series/{scenario.SeriesId}")).GetProperty("code").GetString()!;

        await using var person = await browser.NewSessionAsync();
        await person.SignInAsync(Roles.HeadquartersAnalyst);
        person.Page.Url.ShouldEndWith("/hq");

        foreach (var region in PlatformFixture.Regions)
        {
            await person.Page.ReloadUntilAsync("/hq", $"tr[data-region='{region}'] .badge");
        }

        (await person.Page.Locator("tr[data-region] .badge").AllInnerTextsAsync()).ShouldAllBe(badge => badge.StartsWith("fresh") || badge.StartsWith("stale"));
        await person.ScreenshotAsync("hq-regions");

        await person.Page.GotoAsync("/hq/calendar");
        await person.Page.GetByLabel("From", new() { Exact = true }).FillAsync("2025-01-01");
        await person.Page.GetByLabel("To", new() { Exact = true }).FillAsync("2025-12-31");
        await person.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var round = person.Page.Locator("table[aria-label=Calendar] tr", new() { HasText = "Round 1" }).First;
        await Assertions.Expect(round).ToContainTextAsync("europe");
        await Assertions.Expect(round).ToContainTextAsync("UTC");
        await person.ScreenshotAsync("hq-calendar");

        await person.Page.ReloadUntilAsync($"/hq/standings?series={series}", "table.standings td.points");
        var table = person.Page.Locator("section[data-region=europe] table.standings");
        await Assertions.Expect(table.Locator("tbody tr").First).ToContainTextAsync("Bo Stein");
        await Assertions.Expect(table.Locator("tbody tr").First.Locator("td.points")).ToHaveTextAsync("25");
        await Assertions.Expect(person.Page.Locator("section[data-region=europe] figure.chart svg")).ToBeVisibleAsync();
        await person.ScreenshotAsync("hq-standings");

        await person.Page.GotoAsync("/hq/car-models");
        await Assertions.Expect(person.Page.Locator("figure.chart svg")).ToBeVisibleAsync();
        await person.ScreenshotAsync("hq-car-models");

        person.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_catalogue_admin_creates_a_car_model_and_sees_it_arrive_in_a_regions_replica()
    {
        var code = RegionalApi.UniqueCode("WEB-GT3");
        await using var person = await browser.NewSessionAsync();
        await person.SignInAsync(Roles.HeadquartersAdmin);

        await person.Page.GotoAsync("/hq/catalog/car-models");
        await person.Page.GetByLabel("Code").FillAsync(code);
        await person.Page.GetByLabel("Name", new() { Exact = true }).FillAsync("911 GT3 R");
        await person.Page.Locator("#cm-category").SelectOptionAsync("GT3");
        await person.Page.GetByLabel("Generation").FillAsync("992");
        await person.Page.GetByLabel("Model year").FillAsync("1980");
        await person.Page.GetByLabel("Engine").FillAsync("4.2 l flat-six");
        await person.Page.GetByLabel("Power (kW)").FillAsync("416");
        await person.Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        // Refused on the model year, next to it, with everything typed still there.
        await Assertions.Expect(person.Page.Locator(".field-error[data-field=modelYear]")).ToBeVisibleAsync();
        await Assertions.Expect(person.Page.GetByLabel("Code")).ToHaveValueAsync(code);
        await person.ScreenshotAsync("hq-catalog-refused");

        await person.Page.GetByLabel("Model year").FillAsync("2023");
        await person.Page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(person.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{code} is saved");
        await Assertions.Expect(person.Page.Locator("table[aria-label='Car models']")).ToContainTextAsync(code);
        await person.ScreenshotAsync("hq-catalog");

        await person.Page.ReloadUntilAsync("/hq/replicas?region=europe", $"table[aria-label='Replica car models'] td:text-is('{code}')");
        await person.ScreenshotAsync("hq-replicas");
        (await browser.Platform.RegionStaff("europe").GetJsonAsync($"/api/regions/europe/catalog/car-models/{code}")).Status.ShouldBe(HttpStatusCode.OK);
        person.ConsoleErrors.ShouldBeEmpty();
    }
}
