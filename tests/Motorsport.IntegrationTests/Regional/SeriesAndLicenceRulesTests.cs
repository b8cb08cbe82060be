using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>
/// Series class limits against standing entries, licence numbers, season names and country codes, through the gateway:
/// refused input names its field and changes nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SeriesAndLicenceRulesTests(PlatformFixture platform)
{
    private const string Region = "us";

    private RegionalApi Api => new(platform.RegionStaff(Region), Region);

    private static object[] ClassesWithRookieLimit(int maxDriverAge) =>
    [
        new { code = "Pro", name = "Pro" },
        new { code = "Pro-Am", name = "Pro-Am" },
        new { code = "Rookie", name = "Rookie", maxDriverAge },
    ];

    private static int? RookieLimit(JsonElement series) =>
        series.GetProperty("classes").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "Rookie").GetProperty("maxDriverAge").GetInt32();

    private static Guid SeasonId(JsonElement series) => series.GetProperty("seasons")[0].GetProperty("id").GetGuid();

    [Fact]
    public async Task Lowering_a_class_age_limit_below_a_standing_drivers_age_on_the_first_day_is_refused()
    {
        var scenario = await EntryScenario.ForAsync(platform, Region);
        var series = await Api.CreateSeriesWithSeasonAsync(2027, "AGE");
        var seriesId = RegionalApi.Id(series);
        var racingEvent = RegionalApi.Id(await Api.CreateEventAsync(SeasonId(series), scenario.SupportEngineerId, scenario.PerformanceEngineerId, start: "2027-06-11"));
        var team = RegionalApi.Id(await Api.CreateTeamAsync(SeasonId(series)));
        var car = RegionalApi.Id(await Api.CreateCarAsync(team, scenario.ActiveModel));
        // 21 on the event's first day; 22 the day after.
        var driver = RegionalApi.Id(await Api.CreateDriverAsync(dateOfBirth: "2005-06-12"));
        var (entered, entry) = await Api.EnterAsync(racingEvent, team, car, 7, "Rookie", driver);
        entered.ShouldBe(HttpStatusCode.Created, entry.ToString());

        var refused = await Api.SendAsync(HttpMethod.Put, $"series/{seriesId}", new
        {
            name = "Younger rookies", classes = ClassesWithRookieLimit(20), version = RegionalApi.Version(series),
        });

        refused.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, refused.Body.ToString());
        refused.Body.GetProperty("rule").GetString().ShouldBe("class-limit-breaks-entries");
        refused.Body.ErrorsFor("classes[2].maxDriverAge").ShouldHaveSingleItem().ShouldContain("is 21");
        var unchanged = await Api.OkAsync(HttpMethod.Get, $"series/{seriesId}");
        RegionalApi.Version(unchanged).ShouldBe(RegionalApi.Version(series));
        RookieLimit(unchanged).ShouldBe(25);

        // The driver's age on the first day is exactly the limit: the entry still fits.
        var lowered = await Api.OkAsync(HttpMethod.Put, $"series/{seriesId}", new
        {
            name = "Younger rookies", classes = ClassesWithRookieLimit(21), version = RegionalApi.Version(unchanged),
        });
        RookieLimit(lowered).ShouldBe(21);
    }

    [Fact]
    public async Task Licence_numbers_are_trimmed_and_unique_in_a_season_ignoring_case()
    {
        var series = await Api.CreateSeriesWithSeasonAsync(2027, "LIC");
        var seasonId = SeasonId(series);
        var number = RegionalApi.UniqueCode("PRB-L");
        var first = await Api.CreateTeamAsync(null);
        var licensed = await Api.OkAsync(HttpMethod.Post, $"teams/{RegionalApi.Id(first)}/licences", new
        {
            seasonId, number = $"  {number} ", carsAllowed = 1, version = RegionalApi.Version(first),
        });
        licensed.GetProperty("licences").EnumerateArray().ShouldHaveSingleItem().GetProperty("number").GetString().ShouldBe(number);

        foreach (var (team, spelling) in new[] { (licensed, number.ToLowerInvariant()), (await Api.CreateTeamAsync(null), $" {number} ") })
        {
            var response = await Api.SendAsync(HttpMethod.Post, $"teams/{RegionalApi.Id(team)}/licences", new
            {
                seasonId, number = spelling, carsAllowed = 1, version = RegionalApi.Version(team),
            });

            response.Status.ShouldBe(HttpStatusCode.Conflict, response.Body.ToString());
            response.Body.ErrorsFor("number").ShouldHaveSingleItem();
            RegionalApi.Version(await Api.OkAsync(HttpMethod.Get, $"teams/{RegionalApi.Id(team)}")).ShouldBe(RegionalApi.Version(team));
        }
    }

    [Fact]
    public async Task A_blank_licence_number_is_a_400()
    {
        var series = await Api.CreateSeriesWithSeasonAsync(2027, "BLK");
        var team = await Api.CreateTeamAsync(null);

        var response = await Api.SendAsync(HttpMethod.Post, $"teams/{RegionalApi.Id(team)}/licences", new
        {
            seasonId = SeasonId(series), number = "   ", carsAllowed = 1, version = RegionalApi.Version(team),
        });

        response.Status.ShouldBe(HttpStatusCode.BadRequest, response.Body.ToString());
        response.Body.ErrorsFor("number").ShouldHaveSingleItem();
        RegionalApi.Version(await Api.OkAsync(HttpMethod.Get, $"teams/{RegionalApi.Id(team)}")).ShouldBe(RegionalApi.Version(team));
    }

    [Fact]
    public async Task A_blank_season_name_takes_the_default_name_and_a_given_one_is_trimmed()
    {
        var series = await Api.CreateAsync("series", new { code = RegionalApi.UniqueCode("SEA"), name = "Season Names", classes = new[] { new { code = "Pro" } } });
        var seriesId = RegionalApi.Id(series);

        var withSeasons = series;
        foreach (var (year, name) in new[] { (2027, ""), (2028, "   "), (2029, "  Launch year ") })
        {
            withSeasons = await Api.OkAsync(HttpMethod.Post, $"series/{seriesId}/seasons", new { year, name, version = RegionalApi.Version(withSeasons) });
        }

        withSeasons.GetProperty("seasons").EnumerateArray().Select(s => s.GetProperty("name").GetString())
            .ShouldBe(["Season Names 2027", "Season Names 2028", "Launch year"]);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("UK")]
    public async Task A_well_formed_code_of_no_country_is_a_400_for_team_country_and_driver_nationality(string code)
    {
        var teamName = RegionalApi.Unique("Nowhere Racing");
        var team = await Api.SendAsync(HttpMethod.Post, "teams", new { name = teamName, country = code });
        team.Status.ShouldBe(HttpStatusCode.BadRequest, team.Body.ToString());
        team.Body.ErrorsFor("country").ShouldHaveSingleItem();
        (await Api.OkAsync(HttpMethod.Get, $"teams?name={Uri.EscapeDataString(teamName)}")).GetProperty("totalCount").GetInt32().ShouldBe(0);

        var lastName = RegionalApi.Unique("Nowhere");
        var driver = await Api.SendAsync(HttpMethod.Post, "drivers", new { firstName = "No", lastName, nationality = code, dateOfBirth = "1998-04-02", fiaGrade = "Silver" });
        driver.Status.ShouldBe(HttpStatusCode.BadRequest, driver.Body.ToString());
        driver.Body.ErrorsFor("nationality").ShouldHaveSingleItem();
        (await Api.OkAsync(HttpMethod.Get, $"drivers?name={Uri.EscapeDataString(lastName)}")).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }
}
