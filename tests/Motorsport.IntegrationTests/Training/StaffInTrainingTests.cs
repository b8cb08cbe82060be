using System.Net;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;
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

    [Fact]
    public async Task A_crew_members_role_cannot_change_while_an_enrolment_or_certificate_depends_on_it()
    {
        var api = new RegionalApi(platform.RegionStaff("us"), "us");
        var setup = new TrainingSetup(platform, api);
        var model = await CarModelSetup.CreateAsync(platform, api, "992-CUP");
        var course = await setup.CreateCourseAsync("Mechanic", model);
        var team = RegionalApi.Id(await api.CreateTeamAsync(seasonId: null));
        var enrolled = await setup.AddStaffAsync(team, "Mechanic");
        var certified = await setup.AddStaffAsync(team, "Mechanic");
        var free = await setup.AddStaffAsync(team, "Mechanic");
        await setup.EnrolAsync(RegionalApi.Id(await setup.CreateSessionAsync(course, TrainingSetup.Today.AddDays(30), TrainingSetup.Today.AddDays(32))), team, enrolled);
        await setup.CertifyAsync(RegionalApi.Id(await setup.CreatePastSessionAsync(course)), team, certified);

        foreach (var member in new[] { enrolled, certified })
        {
            var version = RegionalApi.Version(await api.OkAsync(HttpMethod.Get, $"teams/{team}"));
            var (refused, problem) = await api.SendAsync(HttpMethod.Put, $"teams/{team}/staff/{member}", new { name = "Renamed", role = "Engineer", version });

            refused.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
            problem.GetProperty("rule").GetString().ShouldBe("staff-role-in-use");
            problem.ErrorsFor("role").ShouldHaveSingleItem();
        }

        var current = RegionalApi.Version(await api.OkAsync(HttpMethod.Get, $"teams/{team}"));
        var changed = await api.OkAsync(HttpMethod.Put, $"teams/{team}/staff/{free}", new { name = "Now Engineer", role = "Engineer", version = current });
        changed.GetProperty("staff").EnumerateArray().Single(s => RegionalApi.Id(s) == free).GetProperty("role").GetString().ShouldBe("Engineer");
    }

    [Fact]
    public async Task Removing_a_crew_member_and_enrolling_them_at_the_same_moment_cannot_both_succeed()
    {
        var api = new RegionalApi(platform.RegionStaff("us"), "us");
        var setup = new TrainingSetup(platform, api);
        var model = await CarModelSetup.CreateAsync(platform, api, "992-CUP");
        var course = await setup.CreateCourseAsync("Mechanic", model);
        var team = RegionalApi.Id(await api.CreateTeamAsync(seasonId: null));
        var mechanic = await setup.AddStaffAsync(team, "Mechanic");
        var session = RegionalApi.Id(await setup.CreateSessionAsync(course, TrainingSetup.Today.AddDays(30), TrainingSetup.Today.AddDays(32)));
        var version = RegionalApi.Version(await api.OkAsync(HttpMethod.Get, $"teams/{team}"));

        // Hold the team row so both requests are in flight at once; release it once both wait for it (or one got past it).
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(platform.RegionDatabase("us")));
        await connection.OpenAsync();
        await using var hold = await connection.BeginTransactionAsync();
        await using (var lockTeam = new NpgsqlCommand("""SELECT 1 FROM teams WHERE "Id" = @id FOR UPDATE""", connection, hold))
        {
            lockTeam.Parameters.AddWithValue("id", team);
            await lockTeam.ExecuteNonQueryAsync();
        }

        var enrol = api.SendAsync(HttpMethod.Post, $"training/sessions/{session}/enrolments", new { teamId = team, staffMemberId = mechanic });
        var remove = api.SendAsync(HttpMethod.Delete, $"teams/{team}/staff/{mechanic}?version={version}");
        await Eventually.Until(
            async () => enrol.IsCompleted || remove.IsCompleted || await WaitingOnLocksAsync(platform.RegionDatabase("us")) >= 2,
            overlapping => overlapping,
            because: "both requests should be under way");
        await hold.RollbackAsync();

        var outcomes = await Task.WhenAll(enrol, remove);
        outcomes.Count(o => o.Status is HttpStatusCode.Created or HttpStatusCode.OK).ShouldBe(1, string.Join(", ", outcomes.Select(o => $"{o.Status} {o.Body}")));
        outcomes.Count(o => o.Status == HttpStatusCode.UnprocessableEntity).ShouldBe(1);
    }

    private static async Task<long> WaitingOnLocksAsync(string database)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(database));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @database AND wait_event_type = 'Lock'", connection);
        count.Parameters.AddWithValue("database", database);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
