using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>
/// Rules that span two aggregates hold when both writes arrive at the same moment: of an entry and a change that would
/// invalidate it, exactly one is accepted, whichever comes first. Each race is run several times, since one run may not
/// interleave at all.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CrossAggregateRaceTests(PlatformFixture platform)
{
    private const int Runs = 5;

    [Fact]
    public async Task A_car_moved_to_another_team_while_it_is_entered_ends_up_either_moved_or_entered_never_both()
    {
        var scenario = await EntryScenario.ForAsync(platform, "europe");
        var (otherTeam, _, _) = await scenario.ReadyTeamAsync();
        for (var run = 0; run < Runs; run++)
        {
            var (team, car, driver) = await scenario.ReadyTeamAsync();
            var move = scenario.Api.SendAsync(HttpMethod.Put, $"cars/{car}", new { carModelCode = scenario.ActiveModel, teamId = otherTeam, version = 1 });
            var enter = scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Pro", driver);

            var (moved, entered) = (await move, await enter);

            ExactlyOneSucceeded(moved, entered);
            var owner = (await scenario.Api.OkAsync(HttpMethod.Get, $"cars/{car}")).GetProperty("teamId").GetGuid();
            owner.ShouldBe(entered.Status == HttpStatusCode.Created ? team : otherTeam);
        }
    }

    [Fact]
    public async Task A_licence_lowered_while_the_team_enters_another_car_never_leaves_the_team_over_its_limit()
    {
        var scenario = await EntryScenario.ForAsync(platform, "europe");
        for (var run = 0; run < Runs; run++)
        {
            var (team, firstCar, firstDriver) = await scenario.ReadyTeamAsync(carsAllowed: 2);
            var secondCar = RegionalApi.Id(await scenario.Api.CreateCarAsync(team, scenario.ActiveModel));
            var secondDriver = RegionalApi.Id(await scenario.Api.CreateDriverAsync("1997-03-03"));
            var (first, body) = await scenario.Api.EnterAsync(scenario.EventId, team, firstCar, EntryScenario.NextCarNumber(), "Pro", firstDriver);
            first.ShouldBe(HttpStatusCode.Created, body.ToString());
            var teamState = await scenario.Api.OkAsync(HttpMethod.Get, $"teams/{team}");
            var licence = RegionalApi.Id(teamState.GetProperty("licences")[0]);

            var lower = scenario.Api.SendAsync(HttpMethod.Put, $"teams/{team}/licences/{licence}", new { carsAllowed = 1, version = RegionalApi.Version(teamState) });
            var enter = scenario.Api.EnterAsync(scenario.EventId, team, secondCar, EntryScenario.NextCarNumber(), "Pro", secondDriver);

            ExactlyOneSucceeded(await lower, await enter);
        }
    }

    private static void ExactlyOneSucceeded((HttpStatusCode Status, JsonElement Body) change, (HttpStatusCode Status, JsonElement Body) entry)
    {
        var changed = change.Status == HttpStatusCode.OK;
        var entered = entry.Status == HttpStatusCode.Created;
        (changed ^ entered).ShouldBeTrue($"change: {change.Status} {change.Body}; entry: {entry.Status} {entry.Body}");
        (changed ? entry.Status : change.Status).ShouldBe(HttpStatusCode.UnprocessableEntity);
    }
}
