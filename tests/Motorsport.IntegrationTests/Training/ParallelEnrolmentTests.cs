using System.Net;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Training;

/// <summary>
/// The same person sent several times at the same moment: the check in code lets every request through, so only the
/// database's unique index of live enrolments keeps the person to one enrolment and one seat.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ParallelEnrolmentTests(PlatformFixture platform)
{
    private const string Region = "europe";

    [Fact]
    public async Task Five_parallel_enrolments_of_one_person_give_one_enrolment_one_seat_and_four_409s_on_staffMemberId()
    {
        var api = new RegionalApi(platform.RegionStaff(Region), Region);
        var setup = new TrainingSetup(platform, api);
        var course = await setup.CreateCourseAsync("Mechanic", await CarModelSetup.CreateAsync(platform, api, "992-CUP"));
        var team = RegionalApi.Id(await api.CreateTeamAsync(seasonId: null));
        var mechanic = await setup.AddStaffAsync(team, "Mechanic");
        var session = RegionalApi.Id(await setup.CreateSessionAsync(course, TrainingSetup.Today.AddDays(30), TrainingSetup.Today.AddDays(32), capacity: 5));
        var path = $"training/sessions/{session}/enrolments";

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => api.SendAsync(HttpMethod.Post, path, new { teamId = team, staffMemberId = mechanic })));

        var all = string.Join("\n", results.Select(r => $"{(int)r.Status} {r.Body}"));
        results.Count(r => r.Status == HttpStatusCode.Created).ShouldBe(1, all);
        foreach (var (status, problem) in results.Where(r => r.Status != HttpStatusCode.Created))
        {
            status.ShouldBe(HttpStatusCode.Conflict, all);
            problem.GetProperty("status").GetInt32().ShouldBe(409);
            problem.ErrorsFor("staffMemberId").ShouldNotBeEmpty(all);
        }

        (await api.OkAsync(HttpMethod.Get, path)).GetProperty("totalCount").GetInt32().ShouldBe(1);
        (await api.OkAsync(HttpMethod.Get, $"training/sessions/{session}")).GetProperty("seatsTaken").GetInt32().ShouldBe(1);

        // Only live enrolments are unique: after a cancellation the person may enrol again.
        var enrolled = results.Single(r => r.Status == HttpStatusCode.Created).Body;
        (await setup.MoveAsync(RegionalApi.Id(enrolled), "Cancelled", RegionalApi.Version(enrolled))).Status.ShouldBe(HttpStatusCode.OK);
        await setup.EnrolAsync(session, team, mechanic);
        (await api.OkAsync(HttpMethod.Get, $"training/sessions/{session}")).GetProperty("seatsTaken").GetInt32().ShouldBe(1);
    }
}
