namespace Motorsport.Regional.Events;

public static class EngineersApi
{
    /// <summary>The regional office's own engineers, whom events name as support and performance engineers.</summary>
    public static IEndpointRouteBuilder MapEngineersApi(this IEndpointRouteBuilder region)
    {
        var engineers = region.MapGroup("/engineers").WithTags("Office engineers");
        engineers.MapGet("/", List).WithSummary("List the office's engineers");
        engineers.MapGet("/{id}", Get).WithSummary("Get an office engineer").WithName("GetEngineer");
        engineers.MapPost("/", Create).WithSummary("Add an office engineer");
        engineers.MapPut("/{id}", Update).WithSummary("Change an office engineer");
        return region;
    }

    private static async Task<PagedResult<EngineerResponse>> List([AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken) =>
        await db.Engineers.AsNoTracking().OrderBy(e => e.Name).ThenBy(e => e.Id).ToPageAsync(paging, EngineerResponse.From, cancellationToken);

    private static async Task<Results<Ok<EngineerResponse>, ProblemHttpResult>> Get(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var engineer = await db.Engineers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (engineer is null)
        {
            return NotFound(id);
        }

        response.SetVersion(engineer.Version);
        return TypedResults.Ok(EngineerResponse.From(engineer));
    }

    private static async Task<CreatedAtRoute<EngineerResponse>> Create(CreateEngineerRequest request, [AsParameters] RegionalServices services)
    {
        var now = services.Time.GetUtcNow();
        var engineer = new RegionalEngineer
        {
            Id = Guid.CreateVersion7(now),
            Name = request.Name!,
            Email = request.Email,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        services.Db.Engineers.Add(engineer);
        services.Outbox.Publish(engineer.ToChanged(services.Region.Id));
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(engineer.Version);
        return TypedResults.CreatedAtRoute(EngineerResponse.From(engineer), "GetEngineer", new { id = engineer.Id });
    }

    private static async Task<Results<Ok<EngineerResponse>, ProblemHttpResult>> Update(Guid id, UpdateEngineerRequest request, [AsParameters] RegionalServices services)
    {
        var engineer = await services.Db.Engineers.SingleOrDefaultAsync(e => e.Id == id, services.Aborted);
        return await services.TryChangeAsync(engineer, NotFound(id), request, changed =>
            {
                changed.Name = request.Name!;
                changed.Email = request.Email;
                return null;
            }, (changed, region) => changed.ToChanged(region)) is { } problem
            ? problem
            : TypedResults.Ok(EngineerResponse.From(engineer!));
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblem.NotFound("id", $"No engineer has id '{id}'.");
}
