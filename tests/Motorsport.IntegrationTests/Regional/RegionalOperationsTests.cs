using System.Net;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

[Collection(PlatformCollection.Name)]
public sealed class RegionalOperationsTests(PlatformFixture platform)
{
    private const string Region = "europe";

    [Fact]
    public async Task A_licensed_team_with_staff_enters_its_car_in_an_event_and_can_withdraw_it()
    {
        var scenario = await EntryScenario.ForAsync(platform, Region);
        var api = scenario.Api;

        var team = await api.CreateAsync("teams", new { name = RegionalApi.Unique("Lechner Racing"), country = "AT" });
        var teamId = RegionalApi.Id(team);
        team = await api.OkAsync(HttpMethod.Post, $"teams/{teamId}/licences", new
        {
            seasonId = scenario.SeasonId, number = RegionalApi.UniqueCode("CCE-2027"), carsAllowed = 2, version = 1,
        });
        foreach (var (name, role) in new[] { ("Mara Engel", "Engineer"), ("Jonas Brandt", "Mechanic"), ("Eva Lechner", "TeamManager") })
        {
            team = await api.OkAsync(HttpMethod.Post, $"teams/{teamId}/staff", new { name, role, version = RegionalApi.Version(team) });
        }

        RegionalApi.Version(team).ShouldBe(5);
        team.GetProperty("licences").GetArrayLength().ShouldBe(1);
        team.GetProperty("licences")[0].GetProperty("seriesId").GetGuid().ShouldBe(scenario.SeriesId);
        team.GetProperty("staff").EnumerateArray().Select(s => s.GetProperty("role").GetString()).Order()
            .ShouldBe(["Engineer", "Mechanic", "TeamManager"]);

        var car = await api.CreateCarAsync(teamId, scenario.ActiveModel);
        car.GetProperty("carModelCode").GetString().ShouldBe(scenario.ActiveModel);
        var firstDriver = RegionalApi.Id(await api.CreateDriverAsync("1996-07-01", "Gold"));
        var secondDriver = RegionalApi.Id(await api.CreateDriverAsync("2001-11-23", "Bronze"));
        var racingEvent = await api.CreateEventAsync(scenario.SeasonId, scenario.SupportEngineerId, scenario.PerformanceEngineerId, "2027-07-16", "2027-07-18", "Round 4");
        racingEvent.GetProperty("status").GetString().ShouldBe("Scheduled");
        racingEvent.GetProperty("engineers").EnumerateArray().Select(e => e.GetProperty("role").GetString())
            .ShouldBe(["SupportEngineer", "PerformanceEngineer"]);

        var eventId = RegionalApi.Id(racingEvent);
        var (status, entry) = await api.EnterAsync(eventId, teamId, RegionalApi.Id(car), 911, "pro-am", secondDriver, firstDriver);

        status.ShouldBe(HttpStatusCode.Created, entry.ToString());
        entry.GetProperty("class").GetString().ShouldBe("Pro-Am");
        entry.GetProperty("carModelCode").GetString().ShouldBe(scenario.ActiveModel);
        entry.GetProperty("status").GetString().ShouldBe("Entered");
        entry.GetProperty("driverIds").EnumerateArray().Select(d => d.GetGuid()).ShouldBe([secondDriver, firstDriver]);
        var entryId = RegionalApi.Id(entry);
        (await api.OkAsync(HttpMethod.Get, $"entries/{entryId}")).GetProperty("carNumber").GetInt32().ShouldBe(911);

        var withdrawn = await api.OkAsync(HttpMethod.Post, $"entries/{entryId}/withdraw", new { reason = "Engine failure in testing", version = 1 });
        withdrawn.GetProperty("status").GetString().ShouldBe("Withdrawn");
        RegionalApi.Version(withdrawn).ShouldBe(2);

        // A withdrawn entry frees its number, its car and its drivers.
        var (again, _) = await api.EnterAsync(eventId, teamId, RegionalApi.Id(car), 911, "Pro", firstDriver);
        again.ShouldBe(HttpStatusCode.Created);
        var (stillWithdrawn, problem) = await api.SendAsync(HttpMethod.Post, $"entries/{entryId}/withdraw", new { version = 2 });
        stillWithdrawn.ShouldBe(HttpStatusCode.Conflict);
        problem.ErrorsFor("status").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Events_filter_by_season_and_date_range_in_date_order_across_pages()
    {
        var scenario = await EntryScenario.ForAsync(platform, Region);
        var api = scenario.Api;
        var series = await api.CreateSeriesWithSeasonAsync(2027, "SPR");
        var seasonId = series.GetProperty("seasons")[0].GetProperty("id").GetGuid();
        var september = await api.CreateEventAsync(seasonId, scenario.SupportEngineerId, scenario.PerformanceEngineerId, "2027-09-10", "2027-09-12", "Monza");
        var april = await api.CreateEventAsync(seasonId, scenario.SupportEngineerId, scenario.PerformanceEngineerId, "2027-04-23", "2027-04-25", "Imola");
        var june = await api.CreateEventAsync(seasonId, scenario.SupportEngineerId, scenario.PerformanceEngineerId, "2027-06-04", "2027-06-06", "Zandvoort");

        var firstPage = await api.OkAsync(HttpMethod.Get, $"events?seasonId={seasonId}&pageSize=2&page=1");
        var secondPage = await api.OkAsync(HttpMethod.Get, $"events?seasonId={seasonId}&pageSize=2&page=2");
        firstPage.GetProperty("totalCount").GetInt32().ShouldBe(3);
        firstPage.GetProperty("items").EnumerateArray().Concat(secondPage.GetProperty("items").EnumerateArray()).Select(RegionalApi.Id)
            .ShouldBe([RegionalApi.Id(april), RegionalApi.Id(june), RegionalApi.Id(september)]);

        // Events overlapping the range: June 6 is inside, April and September are not.
        var summer = await api.OkAsync(HttpMethod.Get, $"events?seasonId={seasonId}&from=2027-06-06&to=2027-08-31");
        summer.GetProperty("items").EnumerateArray().Select(RegionalApi.Id).ShouldBe([RegionalApi.Id(june)]);
    }

    [Fact]
    public async Task Teams_filter_by_series_and_entries_by_event()
    {
        var scenario = await EntryScenario.ForAsync(platform, Region);
        var api = scenario.Api;
        var series = await api.CreateSeriesWithSeasonAsync(2027, "GTC");
        var seriesId = RegionalApi.Id(series);
        var seasonId = series.GetProperty("seasons")[0].GetProperty("id").GetGuid();
        var zulu = await api.CreateTeamAsync(seasonId, stem: "Zulu Motorsport");
        var alpha = await api.CreateTeamAsync(seasonId, stem: "Alpha Competition");
        await api.CreateTeamAsync(seasonId: null, stem: "Unlicensed");

        var teams = await api.OkAsync(HttpMethod.Get, $"teams?seriesId={seriesId}");
        teams.GetProperty("items").EnumerateArray().Select(RegionalApi.Id).ShouldBe([RegionalApi.Id(alpha), RegionalApi.Id(zulu)]);

        var racingEvent = RegionalApi.Id(await api.CreateEventAsync(seasonId, scenario.SupportEngineerId, scenario.PerformanceEngineerId));
        foreach (var (team, number) in new[] { (zulu, 44), (alpha, 12) })
        {
            var car = RegionalApi.Id(await api.CreateCarAsync(RegionalApi.Id(team), scenario.ActiveModel));
            var driver = RegionalApi.Id(await api.CreateDriverAsync());
            var (status, body) = await api.EnterAsync(racingEvent, RegionalApi.Id(team), car, number, "Pro", driver);
            status.ShouldBe(HttpStatusCode.Created, body.ToString());
        }

        var entries = await api.OkAsync(HttpMethod.Get, $"entries?eventId={racingEvent}");
        entries.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("carNumber").GetInt32()).ShouldBe([12, 44]);
    }

    [Fact]
    public async Task Unknown_ids_are_404_and_invalid_requests_400_naming_the_field()
    {
        var api = new RegionalApi(platform.RegionStaff(Region), Region);

        (await api.GetAsync($"teams/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await api.GetAsync($"entries/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);

        var (teamStatus, teamProblem) = await api.SendAsync(HttpMethod.Post, "teams", new { name = RegionalApi.Unique("No country") });
        teamStatus.ShouldBe(HttpStatusCode.BadRequest);
        teamProblem.ErrorsFor("country").ShouldNotBeEmpty();

        var (driverStatus, driverProblem) = await api.SendAsync(HttpMethod.Post, "drivers", new
        {
            firstName = "A", lastName = "B", nationality = "AT", dateOfBirth = "1990-01-01", fiaGrade = "Diamond",
        });
        driverStatus.ShouldBe(HttpStatusCode.BadRequest);
        driverProblem.ErrorsFor("fiaGrade").ShouldHaveSingleItem().ShouldContain("Bronze");

        var (seriesStatus, seriesProblem) = await api.SendAsync(HttpMethod.Post, "series", new
        {
            code = RegionalApi.UniqueCode("DUP"), name = "Duplicated classes", classes = new[] { new { code = "Pro" }, new { code = "pro" } },
        });
        seriesStatus.ShouldBe(HttpStatusCode.BadRequest);
        seriesProblem.ErrorsFor("classes").ShouldNotBeEmpty();
    }
}
