using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Training;

/// <summary>
/// Courses are headquarters' to create; a region runs sessions of them once its replica has them. Dates are relative to
/// today (UTC), as the service judges attendance, outcomes and validity by today's date.
/// </summary>
internal sealed class TrainingSetup(PlatformFixture platform, RegionalApi api)
{
    public RegionalApi Api => api;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A course at headquarters for <paramref name="role"/> on <paramref name="carModelCode"/>, once the region's replica has it.</summary>
    public async Task<string> CreateCourseAsync(string role, string carModelCode, int validityMonths = 24, int capacity = 12)
    {
        var code = RegionalApi.UniqueCode(role[..3].ToUpperInvariant());
        var (status, created) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, "/api/hq/catalog/training-courses", new
        {
            code, title = $"{carModelCode} {role.ToLowerInvariant()} course", role, carModelCode, location = "Factory", durationDays = 3, capacity,
            certificateValidityMonths = validityMonths,
        });
        status.ShouldBe(HttpStatusCode.Created, created.ToString());
        await Eventually.Until(
            () => api.GetAsync($"catalog/training-courses/{code}"),
            result => result.Status == HttpStatusCode.OK,
            because: $"{api.Region} should have course {code}");
        return code;
    }

    /// <summary>A session of <paramref name="courseCode"/> that ran from ten to eight days ago, so its outcome can be recorded now.</summary>
    public Task<JsonElement> CreatePastSessionAsync(string courseCode, int? capacity = null) =>
        CreateSessionAsync(courseCode, Today.AddDays(-10), Today.AddDays(-8), capacity);

    public Task<JsonElement> CreateSessionAsync(string courseCode, DateOnly start, DateOnly end, int? capacity = null) =>
        api.CreateAsync("training/sessions", new
        {
            courseCode, startDate = start.ToString("yyyy-MM-dd"), endDate = end.ToString("yyyy-MM-dd"), trainer = "Anna Trainer", capacity,
        });

    /// <summary>Adds a person to the team's crew and returns their staff id.</summary>
    public async Task<Guid> AddStaffAsync(Guid teamId, string role)
    {
        var team = await api.OkAsync(HttpMethod.Get, $"teams/{teamId}");
        var name = RegionalApi.Unique(role);
        var updated = await api.OkAsync(HttpMethod.Post, $"teams/{teamId}/staff", new { name, role, version = RegionalApi.Version(team) });
        return RegionalApi.Id(updated.GetProperty("staff").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name));
    }

    public Task<JsonElement> EnrolAsync(Guid sessionId, Guid teamId, Guid staffMemberId) =>
        api.CreateAsync($"training/sessions/{sessionId}/enrolments", new { teamId, staffMemberId });

    public Task<(HttpStatusCode Status, JsonElement Body)> MoveAsync(Guid enrolmentId, string status, long version) =>
        api.SendAsync(HttpMethod.Post, $"training/enrolments/{enrolmentId}/status", new { status, version });

    /// <summary>Enrols the person and takes them through Confirmed and Attended to Passed; returns the passed enrolment.</summary>
    public async Task<JsonElement> CertifyAsync(Guid sessionId, Guid teamId, Guid staffMemberId)
    {
        var enrolment = await EnrolAsync(sessionId, teamId, staffMemberId);
        foreach (var status in new[] { "Confirmed", "Attended", "Passed" })
        {
            var (moved, body) = await MoveAsync(RegionalApi.Id(enrolment), status, RegionalApi.Version(enrolment));
            moved.ShouldBe(HttpStatusCode.OK, body.ToString());
            enrolment = body;
        }

        return enrolment;
    }
}
