using System.Net;
using System.Text.Json;
using Motorsport.Contracts.Regional;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Messaging;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Training;

/// <summary>
/// Sessions, enrolments and certificates in one region, and the crew rule they feed. Certificates leave the region as
/// <see cref="CertificateChanged"/>; this test binds its own queue to watch for them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TrainingTests(PlatformFixture platform) : IAsyncLifetime
{
    private const string Region = "europe";

    private BusObserver bus = null!;

    private static DateOnly Today => TrainingSetup.Today;

    public async Task InitializeAsync() => bus = await BusObserver.StartAsync("certificate", watch => watch.For<CertificateChanged>());

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task An_entry_refused_for_an_uncertified_crew_is_accepted_once_its_engineer_and_mechanic_have_passed()
    {
        var (setup, model) = await SetupAsync();
        var engineering = await setup.CreateCourseAsync("Engineer", model);
        var mechanics = await setup.CreateCourseAsync("Mechanic", model);
        var crew = await CrewScenario.CreateAsync(setup, model);
        var racingEvent = await crew.CreateEventAsync(daysAhead: 60);

        ShouldBreak(await crew.EnterAsync(racingEvent), "no-certified-engineer", "teamId");

        await setup.CertifyAsync(RegionalApi.Id(await setup.CreatePastSessionAsync(engineering)), crew.Team, crew.Engineer);
        var (refused, problem) = await crew.EnterAsync(racingEvent);
        ShouldBreak((refused, problem), "no-certified-mechanic", "teamId");
        problem.ErrorsFor("teamId").ShouldHaveSingleItem().ShouldContain(model);

        await setup.CertifyAsync(RegionalApi.Id(await setup.CreatePastSessionAsync(mechanics)), crew.Team, crew.Mechanic);
        var (status, entry) = await crew.EnterAsync(racingEvent);
        status.ShouldBe(HttpStatusCode.Created, entry.ToString());
    }

    [Fact]
    public async Task A_revoked_certificate_stops_qualifying_the_team_leaves_earlier_entries_standing_and_is_announced()
    {
        var (setup, model) = await SetupAsync();
        var engineering = await setup.CreateCourseAsync("Engineer", model);
        var mechanics = await setup.CreateCourseAsync("Mechanic", model);
        var crew = await CrewScenario.CreateAsync(setup, model);
        await setup.CertifyAsync(RegionalApi.Id(await setup.CreatePastSessionAsync(engineering)), crew.Team, crew.Engineer);
        var mechanicPass = await setup.CertifyAsync(RegionalApi.Id(await setup.CreatePastSessionAsync(mechanics)), crew.Team, crew.Mechanic);
        var firstEvent = await crew.CreateEventAsync(daysAhead: 60);
        var (entered, entry) = await crew.EnterAsync(firstEvent);
        entered.ShouldBe(HttpStatusCode.Created, entry.ToString());

        var certificate = mechanicPass.GetProperty("certificateId").GetGuid();
        var path = $"training/certificates/{certificate}/revocation";
        var (stale, staleProblem) = await setup.Api.SendAsync(HttpMethod.Post, path, new { reason = "Issued in error", version = 7 });
        stale.ShouldBe(HttpStatusCode.Conflict, staleProblem.ToString());
        staleProblem.ErrorsFor("version").ShouldNotBeEmpty();

        var revoked = await setup.Api.OkAsync(HttpMethod.Post, path, new { reason = "Issued in error: failed the practical part", version = 1 });
        revoked.GetProperty("standing").GetString().ShouldBe("Revoked");
        revoked.GetProperty("revokedOn").GetString().ShouldBe(Today.ToString("yyyy-MM-dd"));
        revoked.GetProperty("daysLeft").ValueKind.ShouldBe(JsonValueKind.Null);
        revoked.GetProperty("version").GetInt64().ShouldBe(2);

        var (again, againProblem) = await setup.Api.SendAsync(HttpMethod.Post, path, new { reason = "Twice", version = 2 });
        again.ShouldBe(HttpStatusCode.UnprocessableEntity, againProblem.ToString());
        againProblem.GetProperty("rule").GetString().ShouldBe("certificate-revoked");

        var listed = await setup.Api.OkAsync(HttpMethod.Get, $"teams/{crew.Team}/certificates");
        listed.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("staffMemberId").GetGuid()).ShouldBe([crew.Engineer]);
        ShouldBreak(await crew.EnterAsync(await crew.CreateEventAsync(daysAhead: 90)), "no-certified-mechanic", "teamId");
        (await setup.Api.OkAsync(HttpMethod.Get, $"entries/{RegionalApi.Id(entry)}")).GetProperty("status").GetString().ShouldBe("Entered");

        var announced = await bus.WaitFor<CertificateChanged>(m => m.CertificateId == certificate && m.Version == 2);
        announced.State.RevokedOn.ShouldBe(Today);
    }

    [Fact]
    public async Task A_pass_issues_a_certificate_listed_for_the_team_with_its_expiry_and_announced_on_the_bus()
    {
        var (setup, model) = await SetupAsync();
        var engineering = await setup.CreateCourseAsync("Engineer", model, validityMonths: 24);
        var mechanics = await setup.CreateCourseAsync("Mechanic", model, validityMonths: 1);
        var team = RegionalApi.Id(await setup.Api.CreateTeamAsync(seasonId: null));
        var engineer = await setup.AddStaffAsync(team, "Engineer");
        var mechanic = await setup.AddStaffAsync(team, "Mechanic");
        var passedOn = Today.AddDays(-8);

        var engineerPass = await setup.CertifyAsync(RegionalApi.Id(await setup.CreatePastSessionAsync(engineering)), team, engineer);
        var mechanicPass = await setup.CertifyAsync(RegionalApi.Id(await setup.CreatePastSessionAsync(mechanics)), team, mechanic);

        var listed = await setup.Api.OkAsync(HttpMethod.Get, $"teams/{team}/certificates?expiringWithinDays=60");
        listed.GetProperty("expiringWithinDays").GetInt32().ShouldBe(60);
        var items = listed.GetProperty("items").EnumerateArray().ToList();
        // Soonest expiry first: the one-month mechanic certificate is about to run out.
        items.Select(c => c.GetProperty("staffMemberId").GetGuid()).ShouldBe([mechanic, engineer]);
        AssertCertificate(items[0], mechanicPass, "Mechanic", model, mechanics, passedOn, passedOn.AddMonths(1), "ExpiringSoon");
        AssertCertificate(items[1], engineerPass, "Engineer", model, engineering, passedOn, passedOn.AddMonths(24), "Valid");

        var narrowWindow = await setup.Api.OkAsync(HttpMethod.Get, $"teams/{team}/certificates?expiringWithinDays=10");
        narrowWindow.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("standing").GetString()).ShouldBe(["Valid", "Valid"]);

        var mechanicCertificate = mechanicPass.GetProperty("certificateId").GetGuid();
        var announced = await bus.WaitFor<CertificateChanged>(m => m.CertificateId == mechanicCertificate);
        announced.Region.ShouldBe(Region);
        announced.Version.ShouldBe(1);
        announced.State.ShouldBe(new CertificateState(
            team, mechanic, mechanicPass.GetProperty("personName").GetString()!, "Mechanic", model, mechanics, passedOn, passedOn.AddMonths(1)));
    }

    [Fact]
    public async Task Five_people_asking_for_the_last_seat_at_once_get_one_seat_and_four_refusals()
    {
        var (setup, model) = await SetupAsync();
        var mechanics = await setup.CreateCourseAsync("Mechanic", model);
        var team = RegionalApi.Id(await setup.Api.CreateTeamAsync(seasonId: null));
        var people = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            people.Add(await setup.AddStaffAsync(team, "Mechanic"));
        }

        var session = RegionalApi.Id(await setup.CreateSessionAsync(mechanics, Today.AddDays(30), Today.AddDays(32), capacity: 1));

        var results = await Task.WhenAll(people.Select(person =>
            setup.Api.SendAsync(HttpMethod.Post, $"training/sessions/{session}/enrolments", new { teamId = team, staffMemberId = person })));

        results.Count(r => r.Status == HttpStatusCode.Created).ShouldBe(1, string.Join("\n", results.Select(r => r.Body.ToString())));
        foreach (var refusal in results.Where(r => r.Status != HttpStatusCode.Created))
        {
            ShouldBreak(refusal, "session-full", "sessionId");
        }

        var after = await setup.Api.OkAsync(HttpMethod.Get, $"training/sessions/{session}");
        after.GetProperty("seatsTaken").GetInt32().ShouldBe(1);
        after.GetProperty("capacity").GetInt32().ShouldBe(1);
        var enrolments = await setup.Api.OkAsync(HttpMethod.Get, $"training/sessions/{session}/enrolments");
        enrolments.GetProperty("totalCount").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_full_session_refuses_until_a_cancellation_gives_the_seat_back_and_takes_only_people_of_the_course_s_role()
    {
        var (setup, model) = await SetupAsync();
        var mechanics = await setup.CreateCourseAsync("Mechanic", model);
        var team = RegionalApi.Id(await setup.Api.CreateTeamAsync(seasonId: null));
        var first = await setup.AddStaffAsync(team, "Mechanic");
        var second = await setup.AddStaffAsync(team, "Mechanic");
        var engineer = await setup.AddStaffAsync(team, "Engineer");
        var session = RegionalApi.Id(await setup.CreateSessionAsync(mechanics, Today.AddDays(30), Today.AddDays(32), capacity: 1));
        var path = $"training/sessions/{session}/enrolments";

        var seated = await setup.EnrolAsync(session, team, first);
        ShouldBreak(await setup.Api.SendAsync(HttpMethod.Post, path, new { teamId = team, staffMemberId = second }), "session-full", "sessionId");
        ShouldBreak(await setup.Api.SendAsync(HttpMethod.Post, path, new { teamId = team, staffMemberId = engineer }), "staff-role-mismatch", "staffMemberId");

        var (cancelled, _) = await setup.MoveAsync(RegionalApi.Id(seated), "Cancelled", RegionalApi.Version(seated));
        cancelled.ShouldBe(HttpStatusCode.OK);
        (await setup.Api.OkAsync(HttpMethod.Get, $"training/sessions/{session}")).GetProperty("seatsTaken").GetInt32().ShouldBe(0);

        await setup.EnrolAsync(session, team, second);
        (await setup.Api.OkAsync(HttpMethod.Get, $"training/sessions/{session}")).GetProperty("seatsTaken").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Illegal_transitions_are_422s_naming_the_rule_and_change_nothing()
    {
        var (setup, model) = await SetupAsync();
        var mechanics = await setup.CreateCourseAsync("Mechanic", model);
        var team = RegionalApi.Id(await setup.Api.CreateTeamAsync(seasonId: null));
        var mechanic = await setup.AddStaffAsync(team, "Mechanic");
        var upcoming = RegionalApi.Id(await setup.CreateSessionAsync(mechanics, Today.AddDays(5), Today.AddDays(7)));
        var enrolment = await setup.EnrolAsync(upcoming, team, mechanic);
        var id = RegionalApi.Id(enrolment);

        ShouldBreak(await setup.MoveAsync(id, "Attended", 1), "enrolment-transition", "status");
        ShouldBreak(await setup.MoveAsync(id, "Passed", 1), "enrolment-transition", "status");
        var unchanged = await setup.Api.OkAsync(HttpMethod.Get, $"training/enrolments/{id}");
        unchanged.GetProperty("status").GetString().ShouldBe("Requested");
        RegionalApi.Version(unchanged).ShouldBe(1);

        (await setup.MoveAsync(id, "Confirmed", 1)).Status.ShouldBe(HttpStatusCode.OK);
        ShouldBreak(await setup.MoveAsync(id, "Attended", 2), "session-not-started", "status");
        (await setup.MoveAsync(id, "Cancelled", 2)).Status.ShouldBe(HttpStatusCode.OK);
        ShouldBreak(await setup.MoveAsync(id, "Confirmed", 3), "enrolment-transition", "status");

        var (stale, problem) = await setup.MoveAsync(id, "Confirmed", 1);
        stale.ShouldBe(HttpStatusCode.Conflict);
        problem.ErrorsFor("version").ShouldNotBeEmpty();
    }

    /// <summary>
    /// A team with one car of <paramref name="model"/>, a driver, an engineer and a mechanic, licensed for a season of a new
    /// series created without settings, so the crew rule is on by default.
    /// </summary>
    private sealed record CrewScenario(RegionalApi Api, Guid SeasonId, Guid OfficeEngineer, Guid Team, Guid Car, Guid Driver, Guid Engineer, Guid Mechanic)
    {
        public static async Task<CrewScenario> CreateAsync(TrainingSetup setup, string model)
        {
            var api = setup.Api;
            var series = await api.CreateAsync("series", new
            {
                code = RegionalApi.UniqueCode("CREW"), name = RegionalApi.Unique("Crew Cup"), classes = new[] { new { code = "Pro" } },
            });
            series.GetProperty("settings").GetProperty("requireCertifiedCrew").GetBoolean().ShouldBeTrue();
            var season = await api.OkAsync(HttpMethod.Post, $"series/{RegionalApi.Id(series)}/seasons", new { year = Today.AddDays(60).Year, version = RegionalApi.Version(series) });
            var seasonId = season.GetProperty("seasons")[0].GetProperty("id").GetGuid();
            var officeEngineer = RegionalApi.Id(await api.CreateEngineerAsync("Support"));
            var team = RegionalApi.Id(await api.CreateTeamAsync(seasonId));
            return new CrewScenario(
                api, seasonId, officeEngineer, team, RegionalApi.Id(await api.CreateCarAsync(team, model)), RegionalApi.Id(await api.CreateDriverAsync()),
                await setup.AddStaffAsync(team, "Engineer"), await setup.AddStaffAsync(team, "Mechanic"));
        }

        /// <summary>A three-day event of the season starting <paramref name="daysAhead"/> days from today.</summary>
        public async Task<Guid> CreateEventAsync(int daysAhead)
        {
            var start = Today.AddDays(daysAhead);
            return RegionalApi.Id(await Api.CreateEventAsync(
                SeasonId, OfficeEngineer, OfficeEngineer, start.ToString("yyyy-MM-dd"), start.AddDays(2).ToString("yyyy-MM-dd")));
        }

        public Task<(HttpStatusCode Status, JsonElement Body)> EnterAsync(Guid racingEvent) => Api.EnterAsync(racingEvent, Team, Car, 31, "Pro", Driver);
    }

    private async Task<(TrainingSetup Setup, string CarModel)> SetupAsync()
    {
        var api = new RegionalApi(platform.RegionStaff(Region), Region);
        var model = await CarModelSetup.CreateAsync(platform, api, "992-CUP");
        return (new TrainingSetup(platform, api), model);
    }

    private static void ShouldBreak((HttpStatusCode Status, JsonElement Body) response, string rule, string field)
    {
        response.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, response.Body.ToString());
        response.Body.GetProperty("rule").GetString().ShouldBe(rule);
        response.Body.ErrorsFor(field).ShouldNotBeEmpty();
    }

    private static void AssertCertificate(
        JsonElement certificate, JsonElement enrolment, string role, string model, string course, DateOnly passedOn, DateOnly expiresOn, string standing)
    {
        RegionalApi.Id(certificate).ShouldBe(enrolment.GetProperty("certificateId").GetGuid());
        certificate.GetProperty("personName").GetString().ShouldBe(enrolment.GetProperty("personName").GetString());
        certificate.GetProperty("role").GetString().ShouldBe(role);
        certificate.GetProperty("carModelCode").GetString().ShouldBe(model);
        certificate.GetProperty("courseCode").GetString().ShouldBe(course);
        certificate.GetProperty("passedOn").GetString().ShouldBe(passedOn.ToString("yyyy-MM-dd"));
        certificate.GetProperty("expiresOn").GetString().ShouldBe(expiresOn.ToString("yyyy-MM-dd"));
        certificate.GetProperty("standing").GetString().ShouldBe(standing);
    }
}
