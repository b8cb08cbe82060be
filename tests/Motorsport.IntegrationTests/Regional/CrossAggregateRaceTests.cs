using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;
using Reply = (System.Net.HttpStatusCode Status, System.Text.Json.JsonElement Body);

namespace Motorsport.IntegrationTests.Regional;

/// <summary>
/// Rules that span two aggregates hold when both writes are in flight at once: of an entry and a change that would
/// invalidate it, exactly one is accepted, the first to get the row they share. The test holds that row itself until both
/// requests wait on it (<see cref="RowHold"/>), so they always overlap, and lets them go in a known order, each order once.
/// Without the service's lock both would have passed their checks before waiting, and both would be accepted.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CrossAggregateRaceTests(PlatformFixture platform)
{
    private const string Region = "europe";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_car_moved_to_another_team_while_it_is_entered_ends_up_either_moved_or_entered_never_both(bool moveFirst)
    {
        var scenario = await EntryScenario.ForAsync(platform, Region);
        var (otherTeam, _, _) = await scenario.ReadyTeamAsync();
        var (team, car, driver) = await scenario.ReadyTeamAsync();
        Task<Reply> Move() =>
            scenario.Api.SendAsync(HttpMethod.Put, $"cars/{car}", new { carModelCode = scenario.ActiveModel, teamId = otherTeam, version = 1 });
        Task<Reply> Enter() =>
            scenario.Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Pro", driver);

        var (first, second) = moveFirst ? await OverlappingAsync("cars", car, Move, Enter) : await OverlappingAsync("cars", car, Enter, Move);

        FirstWon(first, second, changeFirst: moveFirst);
        var owner = (await scenario.Api.OkAsync(HttpMethod.Get, $"cars/{car}")).GetProperty("teamId").GetGuid();
        owner.ShouldBe(moveFirst ? otherTeam : team);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_licence_lowered_while_the_team_enters_another_car_never_leaves_the_team_over_its_limit(bool lowerFirst)
    {
        var scenario = await EntryScenario.ForAsync(platform, Region);
        var (team, firstCar, firstDriver) = await scenario.ReadyTeamAsync(carsAllowed: 2);
        var secondCar = RegionalApi.Id(await scenario.Api.CreateCarAsync(team, scenario.ActiveModel));
        var secondDriver = RegionalApi.Id(await scenario.Api.CreateDriverAsync("1997-03-03"));
        var (firstEntry, body) = await scenario.Api.EnterAsync(scenario.EventId, team, firstCar, EntryScenario.NextCarNumber(), "Pro", firstDriver);
        firstEntry.ShouldBe(HttpStatusCode.Created, body.ToString());
        var teamState = await scenario.Api.OkAsync(HttpMethod.Get, $"teams/{team}");
        var licence = RegionalApi.Id(teamState.GetProperty("licences")[0]);
        Task<Reply> Lower() =>
            scenario.Api.SendAsync(HttpMethod.Put, $"teams/{team}/licences/{licence}", new { carsAllowed = 1, version = RegionalApi.Version(teamState) });
        Task<Reply> Enter() =>
            scenario.Api.EnterAsync(scenario.EventId, team, secondCar, EntryScenario.NextCarNumber(), "Pro", secondDriver);

        var (first, second) = lowerFirst ? await OverlappingAsync("teams", team, Lower, Enter) : await OverlappingAsync("teams", team, Enter, Lower);

        FirstWon(first, second, changeFirst: lowerFirst);
    }

    /// <summary>Sends <paramref name="first"/>, then <paramref name="second"/>, each once the one before waits on the row the test holds.</summary>
    private async Task<(Reply First, Reply Second)> OverlappingAsync(string table, Guid row, Func<Task<Reply>> first, Func<Task<Reply>> second)
    {
        Task<Reply> firstReply, secondReply;
        await using (var hold = await RowHold.TakeAsync(platform.RegionDatabase(Region), table, row))
        {
            firstReply = first();
            await hold.WaitForWaitersAsync(1);
            secondReply = second();
            await hold.WaitForWaitersAsync(2);
        }

        return (await firstReply, await secondReply);
    }

    private static void FirstWon(Reply first, Reply second, bool changeFirst)
    {
        first.Status.ShouldBe(changeFirst ? HttpStatusCode.OK : HttpStatusCode.Created, first.Body.ToString());
        second.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, second.Body.ToString());
    }
}
