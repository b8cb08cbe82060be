using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Training;

/// <summary>Session dates a person could not mean, or that would contradict what is on record: refused, and nothing changes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TrainingBadInputTests(PlatformFixture platform)
{
    private const string Region = "europe";

    [Theory]
    [InlineData("0001-01-01", "0001-01-03", "startDate")]
    [InlineData("9999-12-29", "9999-12-31", "endDate")]
    [InlineData("2027-01-01", "2029-12-31", "endDate")]
    public async Task Absurd_or_endless_session_dates_are_a_400_naming_the_field(string start, string end, string field)
    {
        var (setup, course) = await SetupAsync();
        var existing = await setup.CreateSessionAsync(course, new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 3));

        var (created, createProblem) = await setup.Api.SendAsync(HttpMethod.Post, "training/sessions", new
        {
            courseCode = course, startDate = start, endDate = end, trainer = "Anna Trainer", capacity = 5,
        });
        var (updated, updateProblem) = await setup.Api.SendAsync(HttpMethod.Put, $"training/sessions/{RegionalApi.Id(existing)}", Update(existing, start, end));

        created.ShouldBe(HttpStatusCode.BadRequest, createProblem.ToString());
        createProblem.ErrorsFor(field).ShouldNotBeEmpty();
        updated.ShouldBe(HttpStatusCode.BadRequest, updateProblem.ToString());
        updateProblem.ErrorsFor(field).ShouldNotBeEmpty();
        await ShouldHoldOnlyAsync(setup.Api, course, existing);
    }

    [Fact]
    public async Task A_session_with_a_pass_on_record_keeps_its_dates_but_its_trainer_can_change()
    {
        var (setup, course) = await SetupAsync();
        var session = await setup.CreatePastSessionAsync(course);
        var team = RegionalApi.Id(await setup.Api.CreateTeamAsync(null));
        await setup.CertifyAsync(RegionalApi.Id(session), team, await setup.AddStaffAsync(team, "Mechanic"));
        var start = DateOnly.Parse(session.GetProperty("startDate").GetString()!);
        var end = DateOnly.Parse(session.GetProperty("endDate").GetString()!);

        var (moved, problem) = await setup.Api.SendAsync(
            HttpMethod.Put, $"training/sessions/{RegionalApi.Id(session)}", Update(session, "2030-01-10", "2030-01-12"));
        var (extended, extendProblem) = await setup.Api.SendAsync(
            HttpMethod.Put, $"training/sessions/{RegionalApi.Id(session)}", Update(session, start.ToString("yyyy-MM-dd"), end.AddDays(1).ToString("yyyy-MM-dd")));

        ShouldBreak(moved, problem, "session-has-outcomes", "startDate");
        ShouldBreak(extended, extendProblem, "session-has-outcomes", "endDate");
        await ShouldHoldOnlyAsync(setup.Api, course, session);

        var retrained = await setup.Api.OkAsync(
            HttpMethod.Put, $"training/sessions/{RegionalApi.Id(session)}", Update(session, start.ToString("yyyy-MM-dd"), end.ToString("yyyy-MM-dd")));
        retrained.GetProperty("trainer").GetString().ShouldBe("Another Trainer");
    }

    [Fact]
    public async Task A_date_range_ending_before_it_starts_is_a_400_naming_to()
    {
        var api = new RegionalApi(platform.RegionStaff(Region), Region);

        var (status, problem) = await api.GetAsync("training/sessions?from=2027-12-31&to=2027-01-01");

        status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
        problem.ErrorsFor("to").ShouldNotBeEmpty();
    }

    private static object Update(JsonElement session, string start, string end) => new
    {
        startDate = start, endDate = end, venue = "Leipzig", trainer = "Another Trainer", capacity = 4, version = RegionalApi.Version(session),
    };

    private static void ShouldBreak(HttpStatusCode status, JsonElement problem, string rule, string field)
    {
        status.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.GetProperty("rule").GetString().ShouldBe(rule);
        problem.ErrorsFor(field).ShouldNotBeEmpty();
    }

    /// <summary>The course has exactly this session, as it was (same version and dates, so nothing was written).</summary>
    private static async Task ShouldHoldOnlyAsync(RegionalApi api, string course, JsonElement session)
    {
        var held = (await api.OkAsync(HttpMethod.Get, $"training/sessions?courseCode={course}")).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        foreach (var property in new[] { "id", "version", "startDate", "endDate", "trainer" })
        {
            held.GetProperty(property).ToString().ShouldBe(session.GetProperty(property).ToString(), property);
        }
    }

    private async Task<(TrainingSetup Setup, string Course)> SetupAsync()
    {
        var api = new RegionalApi(platform.RegionStaff(Region), Region);
        var setup = new TrainingSetup(platform, api);
        var model = await CarModelSetup.CreateAsync(platform, api, "992-CUP");
        return (setup, await setup.CreateCourseAsync("Mechanic", model));
    }
}
