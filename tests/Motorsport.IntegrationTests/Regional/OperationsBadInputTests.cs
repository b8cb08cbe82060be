using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>
/// Bad input to the office's series, teams, cars and catalogue replica, through the gateway: a 400 or 422 naming the field,
/// and nothing written.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OperationsBadInputTests(PlatformFixture platform)
{
    private const string Region = "us";

    private Task<EntryScenario> Scenario() => EntryScenario.ForAsync(platform, Region);

    private RegionalApi Api => new(platform.RegionStaff(Region), Region);

    private static void ShouldBeInvalid((HttpStatusCode Status, JsonElement Body) response, string field)
    {
        response.Status.ShouldBe(HttpStatusCode.BadRequest, response.Body.ToString());
        response.Body.ErrorsFor(field).ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
    }

    private static void ShouldBreak((HttpStatusCode Status, JsonElement Body) response, string rule, string field)
    {
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, response.Body.ToString());
        response.Body.GetProperty("rule").GetString().ShouldBe(rule);
        response.Body.ErrorsFor(field).ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
    }

    private async Task ShouldHaveNoSeriesAsync(string code) =>
        (await Api.OkAsync(HttpMethod.Get, $"series?code={code}")).GetProperty("totalCount").GetInt32().ShouldBe(0);

    private static string[] ClassCodes(JsonElement series) =>
        series.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public async Task A_null_class_is_a_400_naming_classes_on_create_and_update()
    {
        var code = RegionalApi.UniqueCode("NUL");
        ShouldBeInvalid(await Api.SendAsync(HttpMethod.Post, "series", new { code, name = "Null class", classes = new object?[] { null } }), "classes");
        await ShouldHaveNoSeriesAsync(code);

        var series = await Api.CreateAsync("series", new { code, name = "Null class", classes = new[] { new { code = "Pro" } } });
        var id = RegionalApi.Id(series);
        ShouldBeInvalid(
            await Api.SendAsync(HttpMethod.Put, $"series/{id}", new { name = "Renamed", classes = new object?[] { new { code = "Pro" }, null }, version = 1 }),
            "classes");

        var current = await Api.OkAsync(HttpMethod.Get, $"series/{id}");
        RegionalApi.Version(current).ShouldBe(1);
        current.GetProperty("name").GetString().ShouldBe("Null class");
    }

    [Theory]
    [InlineData("Overall")]
    [InlineData("teams")]
    public async Task A_class_named_like_a_standings_table_is_a_400_on_its_code(string reserved)
    {
        var code = RegionalApi.UniqueCode("RES");
        var response = await Api.SendAsync(HttpMethod.Post, "series", new { code, name = "Reserved", classes = new[] { new { code = "Pro" }, new { code = reserved } } });

        ShouldBeInvalid(response, "classes[1].code");
        await ShouldHaveNoSeriesAsync(code);
    }

    [Fact]
    public async Task Class_codes_are_trimmed_so_a_trailing_space_does_not_make_a_second_class()
    {
        var duplicate = RegionalApi.UniqueCode("DUP");
        ShouldBeInvalid(await Api.SendAsync(HttpMethod.Post, "series", new { code = duplicate, name = "Twice", classes = new[] { new { code = "Pro " }, new { code = "Pro" } } }), "classes");
        await ShouldHaveNoSeriesAsync(duplicate);

        var series = await Api.CreateAsync("series", new
        {
            code = RegionalApi.UniqueCode("TRM"), name = "Trimmed", classes = new[] { new { code = "Pro-Am  ", name = " Pro Am " } },
        });

        var stored = series.GetProperty("classes").EnumerateArray().ShouldHaveSingleItem();
        stored.GetProperty("code").GetString().ShouldBe("Pro-Am");
        stored.GetProperty("name").GetString().ShouldBe("Pro Am");
    }

    [Fact]
    public async Task A_class_that_standing_entries_run_in_cannot_be_removed()
    {
        var scenario = await Scenario();
        var series = await Api.CreateSeriesWithSeasonAsync(2027, "CIU");
        var seriesId = RegionalApi.Id(series);
        var seasonId = series.GetProperty("seasons")[0].GetProperty("id").GetGuid();
        var racingEvent = RegionalApi.Id(await Api.CreateEventAsync(seasonId, scenario.SupportEngineerId, scenario.PerformanceEngineerId));
        var team = RegionalApi.Id(await Api.CreateTeamAsync(seasonId));
        var car = RegionalApi.Id(await Api.CreateCarAsync(team, scenario.ActiveModel));
        var driver = RegionalApi.Id(await Api.CreateDriverAsync());
        var (entered, entry) = await Api.EnterAsync(racingEvent, team, car, 7, "Pro-Am", driver);
        entered.ShouldBe(HttpStatusCode.Created, entry.ToString());

        var response = await Api.SendAsync(HttpMethod.Put, $"series/{seriesId}", new
        {
            name = "Without Pro-Am", classes = new[] { new { code = "Pro" }, new { code = "Rookie" } }, version = RegionalApi.Version(series),
        });

        ShouldBreak(response, "class-in-use", "classes");
        var current = await Api.OkAsync(HttpMethod.Get, $"series/{seriesId}");
        RegionalApi.Version(current).ShouldBe(RegionalApi.Version(series));
        ClassCodes(current).ShouldBe(["Pro", "Pro-Am", "Rookie"]);

        // A class nobody runs in still goes.
        var withoutRookie = await Api.OkAsync(HttpMethod.Put, $"series/{seriesId}", new
        {
            name = "Without Rookie", classes = new[] { new { code = "Pro" }, new { code = "Pro-Am" } }, version = RegionalApi.Version(current),
        });
        ClassCodes(withoutRookie).ShouldBe(["Pro", "Pro-Am"]);
    }

    [Fact]
    public async Task A_car_in_an_open_entry_keeps_its_team_and_model_until_the_event_is_over()
    {
        var scenario = await Scenario();
        var (team, car, driver) = await scenario.ReadyTeamAsync();
        var otherTeam = RegionalApi.Id(await Api.CreateTeamAsync(null));
        var racingEvent = RegionalApi.Id(await Api.CreateEventAsync(scenario.SeasonId, scenario.SupportEngineerId, scenario.PerformanceEngineerId, name: "Rain risk"));
        var (entered, entry) = await Api.EnterAsync(racingEvent, team, car, EntryScenario.NextCarNumber(), "Pro", driver);
        entered.ShouldBe(HttpStatusCode.Created, entry.ToString());

        ShouldBreak(await Api.SendAsync(HttpMethod.Put, $"cars/{car}", new { carModelCode = scenario.ActiveModel, teamId = otherTeam, version = 1 }),
            "car-in-open-entry", "teamId");
        ShouldBreak(await Api.SendAsync(HttpMethod.Put, $"cars/{car}", new { carModelCode = scenario.RetiredModel, teamId = team, version = 1 }),
            "car-in-open-entry", "carModelCode");

        var unchanged = await Api.OkAsync(HttpMethod.Get, $"cars/{car}");
        RegionalApi.Version(unchanged).ShouldBe(1);
        unchanged.GetProperty("teamId").GetGuid().ShouldBe(team);
        unchanged.GetProperty("carModelCode").GetString().ShouldBe(scenario.ActiveModel);

        // Entries of a cancelled event no longer hold the car.
        await Api.OkAsync(HttpMethod.Post, $"events/{racingEvent}/cancel", new { version = 1 });
        var sold = await Api.OkAsync(HttpMethod.Put, $"cars/{car}", new { carModelCode = scenario.ActiveModel, teamId = otherTeam, version = 1 });
        sold.GetProperty("teamId").GetGuid().ShouldBe(otherTeam);
    }

    [Fact]
    public async Task The_licence_a_standing_entry_needs_cannot_be_removed()
    {
        var scenario = await Scenario();
        var (team, car, driver) = await scenario.ReadyTeamAsync();
        var (entered, entry) = await Api.EnterAsync(scenario.EventId, team, car, EntryScenario.NextCarNumber(), "Pro", driver);
        entered.ShouldBe(HttpStatusCode.Created, entry.ToString());
        var before = await Api.OkAsync(HttpMethod.Get, $"teams/{team}");
        var licence = before.GetProperty("licences")[0].GetProperty("id").GetGuid();

        ShouldBreak(await Api.SendAsync(HttpMethod.Delete, $"teams/{team}/licences/{licence}?version={RegionalApi.Version(before)}"), "licence-in-use", "licenceId");

        var unchanged = await Api.OkAsync(HttpMethod.Get, $"teams/{team}");
        RegionalApi.Version(unchanged).ShouldBe(RegionalApi.Version(before));
        unchanged.GetProperty("licences").GetArrayLength().ShouldBe(1);

        await Api.OkAsync(HttpMethod.Post, $"entries/{RegionalApi.Id(entry)}/withdraw", new { version = 1 });
        var removed = await Api.OkAsync(HttpMethod.Delete, $"teams/{team}/licences/{licence}?version={RegionalApi.Version(before)}");
        removed.GetProperty("licences").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_licence_cannot_allow_fewer_cars_than_the_team_has_entered_in_an_event()
    {
        var scenario = await Scenario();
        var (team, car, driver) = await scenario.ReadyTeamAsync(carsAllowed: 2);
        var secondCar = RegionalApi.Id(await Api.CreateCarAsync(team, scenario.ActiveModel));
        var secondDriver = RegionalApi.Id(await Api.CreateDriverAsync());
        foreach (var (entryCar, entryDriver) in new[] { (car, driver), (secondCar, secondDriver) })
        {
            var (entered, entry) = await Api.EnterAsync(scenario.EventId, team, entryCar, EntryScenario.NextCarNumber(), "Pro", entryDriver);
            entered.ShouldBe(HttpStatusCode.Created, entry.ToString());
        }

        var before = await Api.OkAsync(HttpMethod.Get, $"teams/{team}");
        var licence = before.GetProperty("licences")[0].GetProperty("id").GetGuid();

        ShouldBreak(await Api.SendAsync(HttpMethod.Put, $"teams/{team}/licences/{licence}", new { carsAllowed = 1, version = RegionalApi.Version(before) }),
            "licence-in-use", "carsAllowed");

        var unchanged = await Api.OkAsync(HttpMethod.Get, $"teams/{team}");
        RegionalApi.Version(unchanged).ShouldBe(RegionalApi.Version(before));
        unchanged.GetProperty("licences")[0].GetProperty("carsAllowed").GetInt32().ShouldBe(2);

        // A second licence for the season makes up the difference: allowances add up.
        var twoLicences = await Api.OkAsync(HttpMethod.Post, $"teams/{team}/licences", new
        {
            seasonId = scenario.SeasonId, number = RegionalApi.UniqueCode("LIC"), carsAllowed = 1, version = RegionalApi.Version(before),
        });
        var lowered = await Api.OkAsync(HttpMethod.Put, $"teams/{team}/licences/{licence}", new { carsAllowed = 1, version = RegionalApi.Version(twoLicences) });
        lowered.GetProperty("licences").EnumerateArray().Select(l => l.GetProperty("carsAllowed").GetInt32()).ShouldBe([1, 1]);
    }

    [Fact]
    public async Task Team_names_are_trimmed_and_unique_ignoring_case()
    {
        var name = RegionalApi.Unique("Probe Team");
        var team = await Api.CreateAsync("teams", new { name = $"  {name} ", country = "US" });
        team.GetProperty("name").GetString().ShouldBe(name);

        var (lower, lowerBody) = await Api.SendAsync(HttpMethod.Post, "teams", new { name = name.ToLowerInvariant(), country = "US" });
        var (spaced, spacedBody) = await Api.SendAsync(HttpMethod.Post, "teams", new { name = $" {name.ToUpperInvariant()} ", country = "US" });

        lower.ShouldBe(HttpStatusCode.Conflict, lowerBody.ToString());
        lowerBody.ErrorsFor("name").ShouldNotBeEmpty();
        spaced.ShouldBe(HttpStatusCode.Conflict, spacedBody.ToString());

        var other = RegionalApi.Id(await Api.CreateAsync("teams", new { name = RegionalApi.Unique("Other Team"), country = "US" }));
        var (renamed, renamedBody) = await Api.SendAsync(HttpMethod.Put, $"teams/{other}", new { name = name.ToUpperInvariant(), country = "US", version = 1 });
        renamed.ShouldBe(HttpStatusCode.Conflict, renamedBody.ToString());
        RegionalApi.Version(await Api.OkAsync(HttpMethod.Get, $"teams/{other}")).ShouldBe(1);

        (await Api.OkAsync(HttpMethod.Get, $"teams?name={Uri.EscapeDataString(name)}")).GetProperty("totalCount").GetInt32().ShouldBe(1);

        // The team itself may change the case of its own name.
        var recased = await Api.OkAsync(HttpMethod.Put, $"teams/{RegionalApi.Id(team)}", new { name = name.ToUpperInvariant(), country = "US", version = 1 });
        recased.GetProperty("name").GetString().ShouldBe(name.ToUpperInvariant());
    }

    [Theory]
    [InlineData("catalog/car-models?category=Bogus", "category")]
    [InlineData("catalog/car-models?category=", "category")]
    [InlineData("catalog/car-models?status=x", "status")]
    [InlineData("catalog/training-courses?role=Bogus", "role")]
    [InlineData("catalog/training-courses?status=x", "status")]
    [InlineData("series?code=", "code")]
    [InlineData("cars?carModelCode=", "carModelCode")]
    public async Task A_list_filter_that_matches_nothing_by_construction_is_a_400_naming_it(string query, string field) =>
        ShouldBeInvalid(await Api.GetAsync(query), field);

    [Fact]
    public async Task Catalogue_replica_filters_match_in_any_case_like_headquarters()
    {
        var scenario = await Scenario();

        var models = await Api.OkAsync(HttpMethod.Get, "catalog/car-models?category=cup&status=active&pageSize=200");

        models.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("code").GetString()).ShouldContain(scenario.ActiveModel);
    }
}
