using Motorsport.ServiceDefaults;

namespace Motorsport.WebApp.Api;

/// <summary>Headquarters through the gateway (<c>/api/hq/…</c>), as the signed-in person.</summary>
public sealed class HeadquartersApi(HttpClient http) : GatewayClient(http)
{
    public Task<ApiResult<InsightsView<RegionOverview>>> RegionsAsync(CancellationToken cancellationToken) =>
        GetAsync<InsightsView<RegionOverview>>("/api/hq/insights/regions", cancellationToken);

    public Task<ApiResult<InsightsPage<CalendarEvent>>> CalendarAsync(DateOnly? from, DateOnly? to, int page, CancellationToken cancellationToken) =>
        GetAsync<InsightsPage<CalendarEvent>>(
            $"/api/hq/insights/calendar?{Query(("from", from?.ToString("yyyy-MM-dd")), ("to", to?.ToString("yyyy-MM-dd")), ("page", page), ("pageSize", Paging.PageSize))}", cancellationToken);

    public Task<ApiResult<InsightsView<CarModelUsage>>> CarModelUsageAsync(CancellationToken cancellationToken) =>
        GetAsync<InsightsView<CarModelUsage>>("/api/hq/insights/car-models", cancellationToken);

    public Task<ApiResult<InsightsPage<TeamCompliance>>> TrainingComplianceAsync(bool onlyLacking, int page, CancellationToken cancellationToken) =>
        GetAsync<InsightsPage<TeamCompliance>>(
            $"/api/hq/insights/training-compliance?{Query(("onlyLacking", onlyLacking ? "true" : "false"), ("page", page), ("pageSize", Paging.PageSize))}", cancellationToken);

    public Task<ApiResult<InsightsPage<SeasonStandings>>> StandingsAsync(string? series, int page, CancellationToken cancellationToken) =>
        GetAsync<InsightsPage<SeasonStandings>>($"/api/hq/insights/standings?{Query(("series", series), ("page", page), ("pageSize", Paging.PageSize))}", cancellationToken);

    public Task<ApiResult<PagedResult<CarModel>>> CarModelsAsync(string? category, string? status, int page, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<CarModel>>($"/api/hq/catalog/car-models?{Query(("category", category), ("status", status), ("page", page), ("pageSize", Paging.PageSize))}", cancellationToken);

    public Task<ApiResult<CarModel>> CarModelAsync(string code, CancellationToken cancellationToken) =>
        GetAsync<CarModel>($"/api/hq/catalog/car-models/{Uri.EscapeDataString(code)}", cancellationToken);

    public Task<ApiResult<CarModel>> CreateCarModelAsync(CarModelRequest request, CancellationToken cancellationToken) =>
        SendJsonAsync<CarModel>(HttpMethod.Post, "/api/hq/catalog/car-models", request with { Version = null }, cancellationToken);

    public Task<ApiResult<CarModel>> UpdateCarModelAsync(string code, CarModelRequest request, CancellationToken cancellationToken) =>
        SendJsonAsync<CarModel>(HttpMethod.Put, $"/api/hq/catalog/car-models/{Uri.EscapeDataString(code)}", request with { Code = null }, cancellationToken);

    public Task<ApiResult<CarModel>> RetireCarModelAsync(string code, long version, CancellationToken cancellationToken) =>
        SendJsonAsync<CarModel>(HttpMethod.Post, $"/api/hq/catalog/car-models/{Uri.EscapeDataString(code)}/retire", new { version }, cancellationToken);

    public Task<ApiResult<PagedResult<TrainingCourse>>> TrainingCoursesAsync(string? role, string? status, int page, CancellationToken cancellationToken) =>
        GetAsync<PagedResult<TrainingCourse>>($"/api/hq/catalog/training-courses?{Query(("role", role), ("status", status), ("page", page), ("pageSize", Paging.PageSize))}", cancellationToken);

    public Task<ApiResult<TrainingCourse>> TrainingCourseAsync(string code, CancellationToken cancellationToken) =>
        GetAsync<TrainingCourse>($"/api/hq/catalog/training-courses/{Uri.EscapeDataString(code)}", cancellationToken);

    public Task<ApiResult<TrainingCourse>> CreateTrainingCourseAsync(TrainingCourseRequest request, CancellationToken cancellationToken) =>
        SendJsonAsync<TrainingCourse>(HttpMethod.Post, "/api/hq/catalog/training-courses", request with { Version = null }, cancellationToken);

    public Task<ApiResult<TrainingCourse>> UpdateTrainingCourseAsync(string code, TrainingCourseRequest request, CancellationToken cancellationToken) =>
        SendJsonAsync<TrainingCourse>(HttpMethod.Put, $"/api/hq/catalog/training-courses/{Uri.EscapeDataString(code)}", request with { Code = null }, cancellationToken);

    public Task<ApiResult<TrainingCourse>> RetireTrainingCourseAsync(string code, long version, CancellationToken cancellationToken) =>
        SendJsonAsync<TrainingCourse>(HttpMethod.Post, $"/api/hq/catalog/training-courses/{Uri.EscapeDataString(code)}/retire", new { version }, cancellationToken);
}
