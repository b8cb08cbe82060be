using System.Text;
using Microsoft.Playwright;
using Motorsport.IntegrationTests.Regional;
using Motorsport.IntegrationTests.Results;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class RegionalOfficeTests(BrowserFixture browser)
{
    private const string Region = "europe";

    private static readonly object Scoring = new { pointsBySessionType = new Dictionary<string, decimal[]> { ["Race"] = [25, 18, 15, 12] }, version = 0 };

    [Fact]
    public async Task A_clerk_takes_an_entry_past_a_refused_rule_imports_a_timing_export_and_sees_the_standings_change()
    {
        var scenario = await ResultsScenario.CreateAsync(
            browser.Platform, Region, rounds: 1, [new(7, "Pro", "Clerk Racing", _ => "Cleo Marsh")], Scoring, ResultsScenario.PastSeason);
        var eventId = scenario.EventIds[0];
        var model = await CarModelSetup.CreateAsync(browser.Platform, scenario.Api, "WEB-CUP");
        var team = await scenario.Api.CreateTeamAsync(scenario.SeasonId, carsAllowed: 1, stem: "Walk-in Racing");
        var car = await scenario.Api.CreateCarAsync(RegionalApi.Id(team), model);
        var driver = await scenario.Api.CreateAsync("drivers", new { firstName = "Dara", lastName = RegionalApi.Unique("Quinn"), nationality = "IE", dateOfBirth = "1999-03-03", fiaGrade = "Gold" });
        var driverName = $"{driver.GetProperty("firstName").GetString()} {driver.GetProperty("lastName").GetString()}";

        await using var clerk = await browser.NewSessionAsync();
        await clerk.SignInAsync(Roles.RegionStaff, Region);
        clerk.Page.Url.ShouldEndWith($"/regions/{Region}");
        await clerk.ScreenshotAsync("region-events");

        var standings = $"/regions/{Region}/standings?seasonId={scenario.SeasonId}";
        await clerk.Page.GotoAsync(standings);
        var before = await clerk.Page.Locator("main").InnerTextAsync();
        before.ShouldNotContain(driverName);

        // Car 7 is taken: the refusal names the car number, beside that field, and what was chosen stays chosen.
        await clerk.Page.GotoAsync($"/regions/{Region}/events/{eventId}");
        await clerk.Page.GetByLabel("Team").SelectOptionAsync(RegionalApi.Id(team).ToString());
        await clerk.Page.GetByLabel("Car", new() { Exact = true }).SelectOptionAsync(RegionalApi.Id(car).ToString());
        await clerk.Page.GetByLabel("Car number").FillAsync("7");
        await clerk.Page.GetByLabel("Class").SelectOptionAsync("Pro");
        await clerk.Page.GetByLabel("Driver", new() { Exact = true }).SelectOptionAsync(RegionalApi.Id(driver).ToString());
        await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Take entry" }).ClickAsync();
        var refusal = clerk.Page.Locator(".field-error[data-field=carNumber]");
        await Assertions.Expect(refusal).ToContainTextAsync("7");
        await Assertions.Expect(clerk.Page.GetByLabel("Car number")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(clerk.Page.GetByLabel("Car", new() { Exact = true })).ToHaveValueAsync(RegionalApi.Id(car).ToString());
        (await clerk.Page.Locator(".field-error").CountAsync()).ShouldBe(1);
        await clerk.ScreenshotAsync("region-entry-refused");

        await clerk.Page.GetByLabel("Car number").FillAsync("77");
        await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Take entry" }).ClickAsync();
        await Assertions.Expect(clerk.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Car 77 is entered");
        await Assertions.Expect(clerk.Page.Locator("table[aria-label='Entry list'] tr[data-car-number='77']")).ToContainTextAsync(driverName);
        await clerk.ScreenshotAsync("region-event");

        await clerk.Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Race 1");
        await clerk.Page.GetByLabel("Scheduled laps (optional)").FillAsync("12");
        await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await Assertions.Expect(clerk.Page.GetByRole(AriaRole.Heading, new() { Name = "Race 1" })).ToBeVisibleAsync();

        // An export naming a car that is not entered is refused whole, with its line.
        await clerk.Page.GetByLabel("Timing export").SetInputFilesAsync(Export(
            ResultsScenario.Line("1", 77, "Classified", "12", "25:01.100", "2:01.100"),
            ResultsScenario.Line("2", 42, "Classified", "12", "25:03.100", "2:01.300")));
        await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        var lines = clerk.Page.Locator("table[aria-label='Line errors']");
        await Assertions.Expect(lines).ToContainTextAsync("42");
        await clerk.ScreenshotAsync("region-import-refused");

        await clerk.Page.GetByLabel("Timing export").SetInputFilesAsync(Export(
            ResultsScenario.Line("1", 77, "Classified", "12", "25:01.100", "2:01.100"),
            ResultsScenario.Line("2", 7, "Classified", "12", "25:03.100", "2:01.300")));
        await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(clerk.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Imported 2 cars");
        await Assertions.Expect(clerk.Page.Locator(".session-status")).ToHaveTextAsync("Provisional");
        await clerk.Page.GetByRole(AriaRole.Button, new() { Name = "Finalise the result" }).ClickAsync();
        await Assertions.Expect(clerk.Page.Locator(".session-status")).ToHaveTextAsync("Final");
        await clerk.ScreenshotAsync("region-session");

        await clerk.Page.GotoAsync(standings);
        var leader = clerk.Page.Locator("table.standings tbody tr").First;
        await Assertions.Expect(leader).ToContainTextAsync(driverName);
        await Assertions.Expect(leader.Locator("td.points")).ToHaveTextAsync("25");
        (await clerk.Page.Locator("main").InnerTextAsync()).ShouldNotBe(before);
        await clerk.ScreenshotAsync("region-standings");

        clerk.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_europe_clerk_cannot_open_asia_pacifics_pages()
    {
        await using var clerk = await browser.NewSessionAsync(width: 360);
        await clerk.SignInAsync(Roles.RegionStaff, Region);
        await clerk.ScreenshotAsync("region-events-360px");

        foreach (var path in new[] { "/regions/asia-pacific", "/regions/asia-pacific/teams", "/regions/asia-pacific/standings" })
        {
            await clerk.Page.GotoAsync(path);
            clerk.Page.Url.ShouldContain("/forbidden");
            await Assertions.Expect(clerk.Page.GetByRole(AriaRole.Heading, new() { Name = "Not for your role" })).ToBeVisibleAsync();
        }

        await clerk.ScreenshotAsync("forbidden-360px");
        await clerk.Page.GotoAsync("/hq");
        clerk.Page.Url.ShouldContain("/forbidden");
    }

    private static FilePayload Export(params string[] lines) =>
        new() { Name = "Race1.csv", MimeType = "text/csv", Buffer = ResultsScenario.Csv(lines) };
}
