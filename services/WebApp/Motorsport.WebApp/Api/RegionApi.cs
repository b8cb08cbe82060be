using System.Net.Http.Headers;
using Motorsport.ServiceDefaults;

namespace Motorsport.WebApp.Api;

/// <summary>A regional office's service through the gateway (<c>/api/regions/{region}/…</c>), as the signed-in person.</summary>
public sealed class RegionApi(HttpClient http) : GatewayClient(http)
{
    private static string Base(string region) => $"/api/regions/{Uri.EscapeDataString(region)}";

    private static string Paged(int page, int pageSize = Paging.PageSize) => Query(("page", Math.Max(page, 1)), ("pageSize", pageSize));

    public Task<ApiResult<PagedResult<Series>>> SeriesAsync(string region, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<Series>>($"{Base(region)}/series?{Paged(1, Paging.ChoiceLimit)}", cancellationToken);

    public Task<ApiResult<Series>> SeriesAsync(string region, Guid id, CancellationToken cancellationToken) =>
        GetAsync<Series>($"{Base(region)}/series/{id}", cancellationToken);

    public Task<ApiResult<PagedResult<RacingEvent>>> EventsAsync(string region, Guid? seasonId, int page, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<RacingEvent>>($"{Base(region)}/events?{Query(("seasonId", seasonId))}&{Paged(page)}", cancellationToken);

    public Task<ApiResult<RacingEvent>> EventAsync(string region, Guid id, CancellationToken cancellationToken) =>
        GetAsync<RacingEvent>($"{Base(region)}/events/{id}", cancellationToken);

    public Task<ApiResult<PagedResult<Entry>>> EntriesAsync(string region, Guid? eventId, Guid? teamId, int page, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<Entry>>($"{Base(region)}/entries?{Query(("eventId", eventId), ("teamId", teamId))}&{Paged(page)}", cancellationToken);

    public Task<ApiResult<Entry>> EntryAsync(string region, Guid id, CancellationToken cancellationToken) =>
        GetAsync<Entry>($"{Base(region)}/entries/{id}", cancellationToken);

    public Task<ApiResult<Entry>> TakeEntryAsync(string region, EntryRequest request, CancellationToken cancellationToken) =>
        SendJsonAsync<Entry>(HttpMethod.Post, $"{Base(region)}/entries", request with { Version = null }, cancellationToken);

    public Task<ApiResult<Entry>> ChangeEntryAsync(string region, Guid id, EntryRequest request, CancellationToken cancellationToken) =>
        SendJsonAsync<Entry>(HttpMethod.Put, $"{Base(region)}/entries/{id}", request with { EventId = null, TeamId = null }, cancellationToken);

    public Task<ApiResult<Entry>> WithdrawEntryAsync(string region, Guid id, string? reason, long version, CancellationToken cancellationToken) =>
        SendJsonAsync<Entry>(HttpMethod.Post, $"{Base(region)}/entries/{id}/withdraw", new { reason, version }, cancellationToken);

    public Task<ApiResult<PagedResult<Team>>> TeamsAsync(string region, Guid? seasonId, int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<Team>>($"{Base(region)}/teams?{Query(("seasonId", seasonId))}&{Paged(page, pageSize)}", cancellationToken);

    public Task<ApiResult<Team>> TeamAsync(string region, Guid id, CancellationToken cancellationToken) =>
        GetAsync<Team>($"{Base(region)}/teams/{id}", cancellationToken);

    public Task<ApiResult<Team>> CreateTeamAsync(string region, string? name, string? country, CancellationToken cancellationToken) =>
        SendJsonAsync<Team>(HttpMethod.Post, $"{Base(region)}/teams", new { name, country }, cancellationToken);

    public Task<ApiResult<Team>> AddLicenceAsync(string region, Guid teamId, Guid? seasonId, string? number, int? carsAllowed, long? version, CancellationToken cancellationToken) =>
        SendJsonAsync<Team>(HttpMethod.Post, $"{Base(region)}/teams/{teamId}/licences", new { seasonId, number, carsAllowed, version }, cancellationToken);

    public Task<ApiResult<Team>> AddStaffMemberAsync(string region, Guid teamId, string? name, string? role, long? version, CancellationToken cancellationToken) =>
        SendJsonAsync<Team>(HttpMethod.Post, $"{Base(region)}/teams/{teamId}/staff", new { name, role, version }, cancellationToken);

    public Task<ApiResult<Driver>> CreateDriverAsync(string region, DriverRequest request, CancellationToken cancellationToken) =>
        SendJsonAsync<Driver>(HttpMethod.Post, $"{Base(region)}/drivers", request, cancellationToken);

    public Task<ApiResult<Car>> CreateCarAsync(string region, string? chassisNumber, string? carModelCode, Guid? teamId, CancellationToken cancellationToken) =>
        SendJsonAsync<Car>(HttpMethod.Post, $"{Base(region)}/cars", new { chassisNumber, carModelCode, teamId }, cancellationToken);

    public Task<ApiResult<PagedResult<Driver>>> DriversAsync(string region, int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<Driver>>($"{Base(region)}/drivers?{Paged(page, pageSize)}", cancellationToken);

    public Task<ApiResult<PagedResult<Car>>> CarsAsync(string region, Guid? teamId, int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<Car>>($"{Base(region)}/cars?{Query(("teamId", teamId))}&{Paged(page, pageSize)}", cancellationToken);

    public Task<ApiResult<TeamCertificates>> TeamCertificatesAsync(string region, Guid teamId, CancellationToken cancellationToken) =>
        GetAsync<TeamCertificates>($"{Base(region)}/teams/{teamId}/certificates", cancellationToken);

    public Task<ApiResult<List<ResultSession>>> ResultSessionsAsync(string region, Guid eventId, CancellationToken cancellationToken) =>
        GetAsync<List<ResultSession>>($"{Base(region)}/events/{eventId}/sessions", cancellationToken);

    public Task<ApiResult<ResultSession>> ResultSessionAsync(string region, Guid eventId, Guid sessionId, CancellationToken cancellationToken) =>
        GetAsync<ResultSession>($"{Base(region)}/events/{eventId}/sessions/{sessionId}", cancellationToken);

    public Task<ApiResult<ResultSession>> CreateResultSessionAsync(string region, Guid eventId, string? name, string? sessionType, int? scheduledLaps, CancellationToken cancellationToken) =>
        SendJsonAsync<ResultSession>(HttpMethod.Post, $"{Base(region)}/events/{eventId}/sessions", new { name, sessionType, scheduledLaps }, cancellationToken);

    /// <summary>The timing export as the provider wrote it, one file in a form, as the import takes it.</summary>
    public Task<ApiResult<ResultSession>> UploadClassificationAsync(
        string region, Guid eventId, Guid sessionId, long version, int? pole, string? correctionReason, Stream export, string fileName, CancellationToken cancellationToken)
    {
        var file = new StreamContent(export);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        var query = Query(("version", version), ("pole", pole), ("correctionReason", correctionReason));
        return SendContentAsync<ResultSession>(HttpMethod.Post, $"{Base(region)}/events/{eventId}/sessions/{sessionId}/classification?{query}", form, cancellationToken);
    }

    public Task<ApiResult<ResultSession>> FinaliseAsync(string region, Guid eventId, Guid sessionId, long version, CancellationToken cancellationToken) =>
        SendJsonAsync<ResultSession>(HttpMethod.Post, $"{Base(region)}/events/{eventId}/sessions/{sessionId}/finalise", new { version }, cancellationToken);

    public Task<ApiResult<Standings>> StandingsAsync(string region, Guid seriesId, Guid seasonId, string? classification, CancellationToken cancellationToken) =>
        GetAsync<Standings>($"{Base(region)}/series/{seriesId}/seasons/{seasonId}/standings?{Query(("classification", classification))}", cancellationToken);

    public Task<ApiResult<PagedResult<TrainingSession>>> TrainingSessionsAsync(string region, int page, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<TrainingSession>>($"{Base(region)}/training/sessions?{Paged(page)}", cancellationToken);

    public Task<ApiResult<TrainingSession>> TrainingSessionAsync(string region, Guid id, CancellationToken cancellationToken) =>
        GetAsync<TrainingSession>($"{Base(region)}/training/sessions/{id}", cancellationToken);

    public Task<ApiResult<PagedResult<Enrolment>>> EnrolmentsAsync(string region, Guid sessionId, int page, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<Enrolment>>($"{Base(region)}/training/sessions/{sessionId}/enrolments?{Paged(page)}", cancellationToken);

    public Task<ApiResult<Enrolment>> EnrolAsync(string region, Guid sessionId, Guid? teamId, Guid? staffMemberId, CancellationToken cancellationToken) =>
        SendJsonAsync<Enrolment>(HttpMethod.Post, $"{Base(region)}/training/sessions/{sessionId}/enrolments", new { teamId, staffMemberId }, cancellationToken);

    public Task<ApiResult<Enrolment>> MoveEnrolmentAsync(string region, Guid enrolmentId, string? status, long version, CancellationToken cancellationToken) =>
        SendJsonAsync<Enrolment>(HttpMethod.Post, $"{Base(region)}/training/enrolments/{enrolmentId}/status", new { status, version }, cancellationToken);

    public Task<ApiResult<Certificate>> CertificateAsync(string region, Guid id, CancellationToken cancellationToken) =>
        GetAsync<Certificate>($"{Base(region)}/training/certificates/{id}", cancellationToken);

    public Task<ApiResult<Certificate>> RevokeCertificateAsync(string region, Guid id, string? reason, long version, CancellationToken cancellationToken) =>
        SendJsonAsync<Certificate>(HttpMethod.Post, $"{Base(region)}/training/certificates/{id}/revocation", new { reason, version }, cancellationToken);

    public Task<ApiResult<PagedResult<ReplicaCarModel>>> ReplicaCarModelsAsync(string region, int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<ReplicaCarModel>>($"{Base(region)}/catalog/car-models?{Paged(page, pageSize)}", cancellationToken);

    public Task<ApiResult<PagedResult<ReplicaTrainingCourse>>> ReplicaTrainingCoursesAsync(string region, int page, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<ReplicaTrainingCourse>>($"{Base(region)}/catalog/training-courses?{Paged(page)}", cancellationToken);
}
