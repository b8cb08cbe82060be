using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>Events a person could not mean, and changes an event's state no longer allows: refused, and nothing changes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EventsBadInputTests(PlatformFixture platform)
{
    private const string Region = "europe";

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Theory]
    [InlineData("0001-01-01", "0001-01-02", "startDate")]
    [InlineData("9999-12-29", "9999-12-31", "endDate")]
    public async Task An_absurd_date_is_a_400_naming_the_field_on_create_and_update(string start, string end, string field)
    {
        var office = await OfficeAsync(2027);
        var existing = await office.CreateEventAsync("2027-06-11", "2027-06-13");

        var (created, createProblem) = await office.Api.SendAsync(HttpMethod.Post, "events", office.Event(start, end, "Asia/Tokyo"));
        var (updated, updateProblem) = await office.Api.SendAsync(HttpMethod.Put, $"events/{RegionalApi.Id(existing)}", office.Update(existing, start, end));

        created.ShouldBe(HttpStatusCode.BadRequest, createProblem.ToString());
        createProblem.ErrorsFor(field).ShouldNotBeEmpty();
        updated.ShouldBe(HttpStatusCode.BadRequest, updateProblem.ToString());
        updateProblem.ErrorsFor(field).ShouldNotBeEmpty();
        await office.ShouldHoldOnlyAsync(existing);
    }

    [Fact]
    public async Task An_event_years_away_from_its_season_is_refused_but_a_winter_round_across_new_year_is_not()
    {
        var office = await OfficeAsync(2027);
        var existing = await office.CreateEventAsync("2027-06-11", "2027-06-13");

        var (created, createProblem) = await office.Api.SendAsync(HttpMethod.Post, "events", office.Event("2031-06-11", "2031-06-13"));
        var (updated, updateProblem) = await office.Api.SendAsync(HttpMethod.Put, $"events/{RegionalApi.Id(existing)}", office.Update(existing, "2028-12-30", "2029-01-01"));

        ShouldBreak(created, createProblem, "event-outside-season", "startDate");
        ShouldBreak(updated, updateProblem, "event-outside-season", "endDate");
        await office.ShouldHoldOnlyAsync(existing);

        var winter = await office.CreateEventAsync("2028-01-14", "2028-01-16");
        winter.GetProperty("startDate").GetString().ShouldBe("2028-01-14");
    }

    [Fact]
    public async Task An_event_that_has_not_ended_cannot_be_completed()
    {
        var start = Today.AddDays(30);
        var office = await OfficeAsync(start.Year);
        var coming = await office.CreateEventAsync(start.ToString("yyyy-MM-dd"), start.AddDays(2).ToString("yyyy-MM-dd"));

        var (status, problem) = await office.Api.SendAsync(HttpMethod.Post, $"events/{RegionalApi.Id(coming)}/complete", new { version = RegionalApi.Version(coming) });

        ShouldBreak(status, problem, "event-not-finished", "status");
        await office.ShouldHoldOnlyAsync(coming);
    }

    [Fact]
    public async Task A_completed_or_cancelled_event_is_a_matter_of_record_and_cannot_be_edited()
    {
        var lastDay = Today.AddDays(-1);
        var office = await OfficeAsync(lastDay.Year);
        var run = await office.CreateEventAsync(lastDay.AddDays(-2).ToString("yyyy-MM-dd"), lastDay.ToString("yyyy-MM-dd"));
        var completed = await office.Api.OkAsync(HttpMethod.Post, $"events/{RegionalApi.Id(run)}/complete", new { version = RegionalApi.Version(run) });
        var rainedOff = await office.CreateEventAsync(lastDay.ToString("yyyy-MM-dd"), lastDay.ToString("yyyy-MM-dd"));
        var cancelled = await office.Api.OkAsync(HttpMethod.Post, $"events/{RegionalApi.Id(rainedOff)}/cancel", new { version = RegionalApi.Version(rainedOff) });

        foreach (var closed in new[] { completed, cancelled })
        {
            var (status, problem) = await office.Api.SendAsync(HttpMethod.Put, $"events/{RegionalApi.Id(closed)}", office.Update(closed, "2030-01-01", "2030-01-03"));

            status.ShouldBe(HttpStatusCode.Conflict, problem.ToString());
            problem.ErrorsFor("status").ShouldNotBeEmpty();
        }

        await office.ShouldHoldOnlyAsync(completed, cancelled);
    }

    [Theory]
    [InlineData("W. Europe Standard Time")]
    [InlineData("Eastern Standard Time")]
    public async Task A_time_zone_that_is_not_an_IANA_id_is_a_400_naming_the_field(string timeZone)
    {
        var office = await OfficeAsync(2027);
        var existing = await office.CreateEventAsync("2027-06-11", "2027-06-13");

        var (created, createProblem) = await office.Api.SendAsync(HttpMethod.Post, "events", office.Event("2027-07-02", "2027-07-04", timeZone));
        var (updated, updateProblem) = await office.Api.SendAsync(
            HttpMethod.Put, $"events/{RegionalApi.Id(existing)}", office.Update(existing, "2027-06-11", "2027-06-13", timeZone));

        created.ShouldBe(HttpStatusCode.BadRequest, createProblem.ToString());
        createProblem.ErrorsFor("timeZone").ShouldHaveSingleItem().ShouldContain("IANA");
        updated.ShouldBe(HttpStatusCode.BadRequest, updateProblem.ToString());
        updateProblem.ErrorsFor("timeZone").ShouldNotBeEmpty();
        await office.ShouldHoldOnlyAsync(existing);
    }

    [Fact]
    public async Task A_time_zone_in_the_wrong_case_is_stored_as_IANA_spells_it()
    {
        var office = await OfficeAsync(2027);

        var created = await office.Api.CreateAsync("events", office.Event("2027-06-11", "2027-06-13", "europe/vienna"));
        var updated = await office.Api.OkAsync(HttpMethod.Put, $"events/{RegionalApi.Id(created)}", office.Update(created, "2027-06-11", "2027-06-13", "ASIA/SINGAPORE"));

        created.GetProperty("timeZone").GetString().ShouldBe("Europe/Vienna");
        updated.GetProperty("timeZone").GetString().ShouldBe("Asia/Singapore");
    }

    [Fact]
    public async Task A_date_range_ending_before_it_starts_is_a_400_naming_to()
    {
        var api = new RegionalApi(platform.RegionStaff(Region), Region);

        var (status, problem) = await api.GetAsync("events?from=2027-12-31&to=2027-01-01");

        status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        problem.ErrorsFor("to").ShouldNotBeEmpty();
    }

    private static void ShouldBreak(HttpStatusCode status, JsonElement problem, string rule, string field)
    {
        status.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.GetProperty("rule").GetString().ShouldBe(rule);
        problem.ErrorsFor(field).ShouldNotBeEmpty();
    }

    private async Task<Office> OfficeAsync(int seasonYear)
    {
        var api = new RegionalApi(platform.RegionStaff(Region), Region);
        var series = await api.CreateSeriesWithSeasonAsync(seasonYear, "EVT");
        var engineer = RegionalApi.Id(await api.CreateEngineerAsync("Engineer"));
        return new Office(api, series.GetProperty("seasons")[0].GetProperty("id").GetGuid(), engineer);
    }

    /// <summary>A regional office with a season of its own, so a test sees only its own events.</summary>
    private sealed record Office(RegionalApi Api, Guid SeasonId, Guid Engineer)
    {
        public object Event(string start, string end, string timeZone = "Europe/Vienna") => new
        {
            seasonId = SeasonId, name = RegionalApi.Unique("Round"), circuit = "Red Bull Ring", startDate = start, endDate = end, timeZone,
            supportEngineerIds = new[] { Engineer }, performanceEngineerIds = new[] { Engineer },
        };

        public object Update(JsonElement racingEvent, string start, string end, string timeZone = "Europe/Vienna") => new
        {
            name = "Renamed", circuit = "Elsewhere", startDate = start, endDate = end, timeZone,
            supportEngineerIds = new[] { Engineer }, performanceEngineerIds = new[] { Engineer }, version = RegionalApi.Version(racingEvent),
        };

        public Task<JsonElement> CreateEventAsync(string start, string end) => Api.CreateAsync("events", Event(start, end));

        /// <summary>The season holds exactly these events, each as it was (same version, so nothing was written).</summary>
        public async Task ShouldHoldOnlyAsync(params JsonElement[] expected)
        {
            var held = (await Api.OkAsync(HttpMethod.Get, $"events?seasonId={SeasonId}")).GetProperty("items").EnumerateArray().Select(Essentials);
            held.ShouldBe(expected.Select(Essentials), ignoreOrder: true);
        }

        private static string Essentials(JsonElement racingEvent) => string.Join(
            " ", new[] { "id", "version", "name", "startDate", "endDate", "timeZone", "status" }.Select(p => racingEvent.GetProperty(p).ToString()));
    }
}
