using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>Each eligibility rule, broken through the gateway: a 422 ProblemDetails naming the rule and the field.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EntryRulesTests(PlatformFixture platform)
{
    private const string Region = "us";

    private Task<EntryScenario> Scenario() => EntryScenario.ForAsync(platform, Region);

    private static void ShouldBreak((HttpStatusCode Status, JsonElement Body) response, string rule, string field)
    {
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, response.Body.ToString());
        response.Body.GetProperty("rule").GetString().ShouldBe(rule);
        response.Body.ErrorsFor(field).ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_cancelled_event_takes_no_entries()
    {
        var scenario = await Scenario();
        var cancelled = await scenario.Api.CreateEventAsync(scenario.SeasonId, scenario.SupportEngineerId, scenario.PerformanceEngineerId, name: "Rained off");
        await scenario.Api.OkAsync(HttpMethod.Post, $"events/{RegionalApi.Id(cancelled)}/cancel", new { version = 1 });
        var (team, car, driver) = await scenario.ReadyTeamAsync();

        ShouldBreak(await scenario.Api.EnterAsync(RegionalApi.Id(cancelled), team, car, EntryScenario.NextCarNumber(), "Pro", driver), "event-not-open", "eventId");
    }

    [Fact]
    public async Task A_class_the_series_does_not_run_is_refused()
    {
        var scenario = await Scenario();
        var (team, car, driver) = await scenario.ReadyTeamAsync();

        ShouldBreak(await scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "GT3-Am", driver), "class-not-in-series", "class");
    }

    [Fact]
    public async Task Another_teams_car_is_refused()
    {
        var scenario = await Scenario();
        var (team, _, driver) = await scenario.ReadyTeamAsync();
        var (_, othersCar, _) = await scenario.ReadyTeamAsync();

        ShouldBreak(await scenario.Api.EnterAsync(scenario.EventId, team, othersCar, EntryScenario.NextCarNumber(), "Pro", driver), "car-not-owned-by-team", "carId");
    }

    [Fact]
    public async Task A_car_of_a_retired_model_is_refused()
    {
        var scenario = await Scenario();
        var (team, _, driver) = await scenario.ReadyTeamAsync();
        var retiredCar = RegionalApi.Id(await scenario.Api.CreateCarAsync(team, scenario.RetiredModel));

        var response = await scenario.Api.EnterAsync(scenario.EventId, team, retiredCar, EntryScenario.NextCarNumber(), "Pro", driver);

        ShouldBreak(response, "car-model-not-active", "carId");
        response.Body.GetProperty("detail").GetString()!.ShouldContain("Retired");
    }

    [Fact]
    public async Task A_car_whose_homologation_ends_before_the_last_day_of_the_event_is_refused()
    {
        var scenario = await Scenario();
        var (team, _, driver) = await scenario.ReadyTeamAsync();
        var expiringCar = RegionalApi.Id(await scenario.Api.CreateCarAsync(team, scenario.ExpiringModel));

        var response = await scenario.Api.EnterAsync(scenario.EventId, team, expiringCar, EntryScenario.NextCarNumber(), "Pro", driver);

        ShouldBreak(response, "car-model-not-active", "carId");
        response.Body.GetProperty("detail").GetString()!.ShouldContain("homologation");
    }

    [Fact]
    public async Task A_car_already_entered_in_the_event_is_refused()
    {
        var scenario = await Scenario();
        var (team, car, driver) = await scenario.ReadyTeamAsync(carsAllowed: 2);
        var secondDriver = RegionalApi.Id(await scenario.Api.CreateDriverAsync());
        (await scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Pro", driver)).Status.ShouldBe(HttpStatusCode.Created);

        ShouldBreak(await scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Pro", secondDriver), "car-already-entered", "carId");
    }

    [Fact]
    public async Task A_car_number_taken_in_the_event_is_refused_until_its_entry_is_withdrawn()
    {
        var scenario = await Scenario();
        var number = EntryScenario.NextCarNumber();
        var (team, car, driver) = await scenario.ReadyTeamAsync();
        var (first, entry) = await scenario.Api.EnterAsync(scenario.EventId, team, car, number, "Pro", driver);
        first.ShouldBe(HttpStatusCode.Created);
        var (otherTeam, otherCar, otherDriver) = await scenario.ReadyTeamAsync();

        ShouldBreak(await scenario.Api.EnterAsync(scenario.EventId, otherTeam, otherCar, number, "Pro", otherDriver), "car-number-taken", "carNumber");

        await scenario.Api.OkAsync(HttpMethod.Post, $"entries/{RegionalApi.Id(entry)}/withdraw", new { version = 1 });
        (await scenario.Api.EnterAsync(scenario.EventId, otherTeam, otherCar, number, "Pro", otherDriver)).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_driver_already_entered_in_the_event_is_refused()
    {
        var scenario = await Scenario();
        var (team, car, driver) = await scenario.ReadyTeamAsync();
        (await scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Pro", driver)).Status.ShouldBe(HttpStatusCode.Created);
        var (otherTeam, otherCar, otherDriver) = await scenario.ReadyTeamAsync();

        ShouldBreak(
            await scenario.Api.EnterAsync(scenario.EventId, otherTeam, otherCar, EntryScenario.NextCarNumber(), "Pro-Am", otherDriver, driver),
            "driver-already-entered",
            "driverIds");
    }

    [Fact]
    public async Task A_driver_over_the_age_limit_of_the_class_is_refused()
    {
        var scenario = await Scenario();
        var (team, car, _) = await scenario.ReadyTeamAsync();
        var veteran = RegionalApi.Id(await scenario.Api.CreateDriverAsync("1975-05-05", "Bronze"));

        ShouldBreak(await scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Rookie", veteran), "driver-age-limit", "driverIds");
    }

    [Fact]
    public async Task A_team_without_a_licence_for_the_season_is_refused()
    {
        var scenario = await Scenario();
        var team = RegionalApi.Id(await scenario.Api.CreateTeamAsync(seasonId: null));
        var car = RegionalApi.Id(await scenario.Api.CreateCarAsync(team, scenario.ActiveModel));
        var driver = RegionalApi.Id(await scenario.Api.CreateDriverAsync());

        ShouldBreak(await scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Pro", driver), "no-licence", "teamId");
    }

    [Fact]
    public async Task A_car_beyond_the_licences_allowance_is_refused()
    {
        var scenario = await Scenario();
        var (team, car, driver) = await scenario.ReadyTeamAsync(carsAllowed: 1);
        var secondCar = RegionalApi.Id(await scenario.Api.CreateCarAsync(team, scenario.ActiveModel));
        var secondDriver = RegionalApi.Id(await scenario.Api.CreateDriverAsync());
        (await scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Pro", driver)).Status.ShouldBe(HttpStatusCode.Created);

        ShouldBreak(await scenario.Api.EnterAsync(scenario.EventId, team, secondCar, EntryScenario.NextCarNumber(), "Pro", secondDriver), "licence-car-limit", "teamId");
    }

    [Fact]
    public async Task A_rejected_entry_leaves_nothing_behind()
    {
        var scenario = await Scenario();
        var (team, car, driver) = await scenario.ReadyTeamAsync();

        ShouldBreak(await scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Nope", driver), "class-not-in-series", "class");

        var entries = await scenario.Api.OkAsync(HttpMethod.Get, $"entries?eventId={scenario.EventId}&teamId={team}");
        entries.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }
}
