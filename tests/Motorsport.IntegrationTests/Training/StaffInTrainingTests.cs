using System.Net;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Training;

/// <summary>A person in training stays in the team's crew until the enrolment is cancelled or decided.</summary>
[Collection(PlatformCollection.Name)]
public sealed class StaffInTrainingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_crew_member_with_an_open_enrolment_cannot_be_removed_until_it_is_cancelled()
    {
        var api = new RegionalApi(platform.RegionStaff("us"), "us");
        var setup = new TrainingSetup(platform, api);
        var model = await CarModelSetup.CreateAsync(platform, api, "992-CUP");
        var course = await setup.CreateCourseAsync("Mechanic", model);
        var team = RegionalApi.Id(await api.CreateTeamAsync(seasonId: null));
        var mechanic = await setup.AddStaffAsync(team, "Mechanic");
        var session = await setup.CreateSessionAsync(course, TrainingSetup.Today.AddDays(30), TrainingSetup.Today.AddDays(32));
        var enrolment = await setup.EnrolAsync(RegionalApi.Id(session), team, mechanic);
        var version = RegionalApi.Version(await api.OkAsync(HttpMethod.Get, $"teams/{team}"));

        var (refused, problem) = await api.SendAsync(HttpMethod.Delete, $"teams/{team}/staff/{mechanic}?version={version}");

        refused.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.GetProperty("rule").GetString().ShouldBe("staff-in-training");
        problem.ErrorsFor("staffId").ShouldHaveSingleItem().ShouldContain("1 open training enrolment");
        RegionalApi.Version(await api.OkAsync(HttpMethod.Get, $"teams/{team}")).ShouldBe(version);

        var (cancelled, body) = await setup.MoveAsync(RegionalApi.Id(enrolment), "Cancelled", RegionalApi.Version(enrolment));
        cancelled.ShouldBe(HttpStatusCode.OK, body.ToString());
        var removed = await api.OkAsync(HttpMethod.Delete, $"teams/{team}/staff/{mechanic}?version={version}");
        removed.GetProperty("staff").EnumerateArray().ShouldBeEmpty();
    }
}
