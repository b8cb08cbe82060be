using Microsoft.Playwright;
using Motorsport.IntegrationTests.Regional;
using Motorsport.IntegrationTests.Training;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.BrowserTests;

/// <summary>A regional office keeps its records in the app: teams with their crew and licences, drivers, cars, certificates.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficeRecordsTests(BrowserFixture browser)
{
    private const string Region = "europe";

    private RegionalApi Api => new(browser.Platform.RegionStaff(Region), Region);

    [Fact]
    public async Task A_clerk_on_a_phone_creates_a_team_adds_its_crew_and_licence_registers_a_driver_and_a_car_and_sees_each_refusal_beside_its_field()
    {
        var model = await CarModelSetup.CreateAsync(browser.Platform, Api, "WEB-REC");
        var taken = await Api.CreateTeamAsync(null, stem: "Taken Racing");
        var takenCar = await Api.CreateCarAsync(RegionalApi.Id(taken), model);
        var series = await Api.CreateSeriesWithSeasonAsync(DateTime.UtcNow.Year + 1, "WEB");
        var seasonId = RegionalApi.Id(series.GetProperty("seasons")[0]);
        var licensed = await Api.CreateTeamAsync(seasonId, stem: "Licensed Racing");
        var takenLicence = licensed.GetProperty("licences")[0].GetProperty("number").GetString()!;
        var name = RegionalApi.Unique("Clerk Motorsport");

        await using var clerk = await browser.NewSessionAsync(width: 360);
        await clerk.SignInAsync(Roles.RegionStaff, Region);
        var page = clerk.Page;

        // Another team's name, in other letters' case, is that team's: refused beside the name, and what was typed stays.
        await page.GotoAsync($"/regions/{Region}/teams");
        var takenName = taken.GetProperty("name").GetString()!.ToUpperInvariant();
        await page.GetByLabel("Team name").FillAsync(takenName);
        await page.GetByLabel("Country (ISO code, e.g. DE)").FillAsync("DE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create team" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field=name]")).ToContainTextAsync("already exists");
        await Assertions.Expect(page.GetByLabel("Team name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Team name")).ToHaveValueAsync(takenName);
        await Assertions.Expect(page.GetByLabel("Country (ISO code, e.g. DE)")).ToHaveValueAsync("DE");
        await clerk.ScreenshotAsync("region-team-refused-360px");

        await page.GetByLabel("Team name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create team" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is created");
        var teamPage = new Uri(page.Url).AbsolutePath;

        await page.GetByLabel("Crew member's name").FillAsync("Mika Wrench");
        await page.GetByLabel("Role").SelectOptionAsync("Mechanic");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the crew" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mika Wrench joins the crew as Mechanic");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Crew" })).ToContainTextAsync("Mika Wrench · Mechanic");

        // A licence number already issued for the season is refused beside the number; the season chosen stays chosen.
        await page.GetByLabel("Season").SelectOptionAsync(seasonId.ToString());
        await page.GetByLabel("Licence number").FillAsync(takenLicence);
        await page.GetByLabel("Cars allowed").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue the licence" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field=number]")).ToContainTextAsync("already issued");
        await Assertions.Expect(page.GetByLabel("Licence number")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Season")).ToHaveValueAsync(seasonId.ToString());
        var licence = RegionalApi.UniqueCode("LIC");
        await page.GetByLabel("Licence number").FillAsync(licence);
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue the licence" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Licence {licence} is issued");
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Licences" })).ToContainTextAsync($"{licence} · 2 car(s)");
        await clerk.ScreenshotAsync("region-team-360px");

        // A driver born too recently to race is refused beside the date of birth; the names typed stay.
        var lastName = RegionalApi.Unique("Haddad");
        await page.GotoAsync($"/regions/{Region}/drivers");
        await page.GetByLabel("First name").FillAsync("Noor");
        await page.GetByLabel("Last name").FillAsync(lastName);
        await page.GetByLabel("Nationality (ISO code, e.g. DE)").FillAsync("AE");
        await page.GetByLabel("Date of birth").FillAsync(DateTime.UtcNow.AddYears(-5).ToString("yyyy-MM-dd"));
        await page.GetByLabel("FIA grade").SelectOptionAsync("Silver");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the driver" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field=dateOfBirth]")).ToContainTextAsync("between 10 and 100 years old");
        await Assertions.Expect(page.GetByLabel("Date of birth")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Last name")).ToHaveValueAsync(lastName);
        (await page.Locator(".field-error").CountAsync()).ShouldBe(1);

        await page.GetByLabel("Date of birth").FillAsync("2001-07-14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the driver" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Noor {lastName} is registered");

        // A chassis already registered is refused beside the chassis number; the model and team chosen stay chosen.
        await page.GotoAsync($"/regions/{Region}/cars");
        await page.GetByLabel("Chassis number").FillAsync(takenCar.GetProperty("chassisNumber").GetString()!);
        await page.GetByLabel("Car model").SelectOptionAsync(model);
        await page.GetByLabel("Team").SelectOptionAsync(new SelectOptionValue { Label = name });
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the car" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field=chassisNumber]")).ToContainTextAsync("already registered");
        await Assertions.Expect(page.GetByLabel("Chassis number")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Car model")).ToHaveValueAsync(model);
        await clerk.ScreenshotAsync("region-car-refused-360px");

        var chassis = RegionalApi.UniqueCode("WP0ZZZ99Z");
        await page.GetByLabel("Chassis number").FillAsync(chassis);
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the car" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{chassis} (911 GT3 Cup) is registered");

        await page.GotoAsync(teamPage);
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Cars" })).ToContainTextAsync(chassis);

        clerk.ConsoleErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_clerk_revokes_a_certificate_which_then_shows_as_revoked_and_no_longer_counts_for_the_team()
    {
        var training = new TrainingSetup(browser.Platform, Api);
        var model = await CarModelSetup.CreateAsync(browser.Platform, Api, "WEB-CERT");
        var team = RegionalApi.Id(await Api.CreateTeamAsync(null, stem: "Certified Racing"));
        var mechanic = await training.AddStaffAsync(team, "Mechanic");
        var course = await training.CreateCourseAsync("Mechanic", model);
        var session = await training.CreatePastSessionAsync(course);
        await training.CertifyAsync(RegionalApi.Id(session), team, mechanic);

        await using var clerk = await browser.NewSessionAsync();
        await clerk.SignInAsync(Roles.RegionStaff, Region);
        var page = clerk.Page;
        await page.GotoAsync($"/regions/{Region}/teams/{team}");
        var certificates = page.GetByRole(AriaRole.Table, new() { Name = "Certificates" });
        await Assertions.Expect(certificates).ToContainTextAsync(model);
        await certificates.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("dd.standing")).ToHaveTextAsync("Valid");

        // Without a reason nothing is revoked: the refusal stands beside the reason.
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke the certificate" }).ClickAsync();
        await Assertions.Expect(page.Locator(".field-error[data-field=reason]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dd.standing")).ToHaveTextAsync("Valid");

        await page.GetByLabel("Reason").FillAsync("Left the factory programme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke the certificate" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("certificate is revoked");
        await Assertions.Expect(page.Locator("dd.standing")).ToHaveTextAsync("Revoked");
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("Left the factory programme");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revoke the certificate" })).ToHaveCountAsync(0);
        await clerk.ScreenshotAsync("region-certificate-revoked");

        await page.GotoAsync($"/regions/{Region}/teams/{team}");
        await Assertions.Expect(page.GetByText("No certificate counts today.")).ToBeVisibleAsync();
        clerk.ConsoleErrors.ShouldBeEmpty();
    }
}
