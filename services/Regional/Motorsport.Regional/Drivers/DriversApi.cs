namespace Motorsport.Regional.Drivers;

public static class DriversApi
{
    public static IEndpointRouteBuilder MapDriversApi(this IEndpointRouteBuilder region)
    {
        var drivers = region.MapGroup("/drivers").WithTags("Drivers");
        drivers.MapGet("/", List).WithSummary("List drivers, by name");
        drivers.MapGet("/{id}", Get).WithSummary("Get a driver").WithName("GetDriver");
        drivers.MapPost("/", Create).WithSummary("Register a driver");
        drivers.MapPut("/{id}", Update).WithSummary("Change a driver");
        return region;
    }

    private static async Task<PagedResult<DriverResponse>> List(
        [AsParameters] DriverQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Drivers.AsNoTracking();
        if (filter.Nationality is not null)
        {
            query = query.Where(d => d.Nationality == filter.Nationality);
        }

        if (filter.FiaGrade is not null)
        {
            var grade = Enum.Parse<FiaGrade>(filter.FiaGrade, ignoreCase: true);
            query = query.Where(d => d.FiaGrade == grade);
        }

        if (!string.IsNullOrWhiteSpace(filter.Name))
        {
            var name = filter.Name.Trim().ToLower();
            query = query.Where(d => d.LastName.ToLower().Contains(name) || d.FirstName.ToLower().Contains(name));
        }

        return await query.OrderBy(d => d.LastName).ThenBy(d => d.FirstName).ThenBy(d => d.Id)
            .ToPageAsync(paging, DriverResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<DriverResponse>, ProblemHttpResult>> Get(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var driver = await db.Drivers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (driver is null)
        {
            return NotFound(id);
        }

        response.SetVersion(driver.Version);
        return TypedResults.Ok(DriverResponse.From(driver));
    }

    private static async Task<Results<CreatedAtRoute<DriverResponse>, ValidationProblem>> Create(CreateDriverRequest request, [AsParameters] RegionalServices services)
    {
        if (ImplausibleBirthDate(request.DateOfBirth!.Value, services.Time) is { } invalid)
        {
            return invalid;
        }

        var now = services.Time.GetUtcNow();
        var driver = new Driver
        {
            Id = Guid.CreateVersion7(now),
            FirstName = request.FirstName!,
            LastName = request.LastName!,
            Nationality = request.Nationality!,
            DateOfBirth = request.DateOfBirth.Value,
            FiaGrade = Enum.Parse<FiaGrade>(request.FiaGrade!, ignoreCase: true),
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        services.Db.Drivers.Add(driver);
        services.Outbox.Publish(driver.ToChanged(services.Region.Id));
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(driver.Version);
        return TypedResults.CreatedAtRoute(DriverResponse.From(driver), "GetDriver", new { id = driver.Id });
    }

    private static async Task<Results<Ok<DriverResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, UpdateDriverRequest request, [AsParameters] RegionalServices services)
    {
        if (ImplausibleBirthDate(request.DateOfBirth!.Value, services.Time) is { } invalid)
        {
            return invalid;
        }

        var driver = await services.Db.Drivers.SingleOrDefaultAsync(d => d.Id == id, services.Aborted);
        return await services.TryChangeAsync(driver, NotFound(id), request, changed =>
            {
                changed.FirstName = request.FirstName!;
                changed.LastName = request.LastName!;
                changed.Nationality = request.Nationality!;
                changed.DateOfBirth = request.DateOfBirth!.Value;
                changed.FiaGrade = Enum.Parse<FiaGrade>(request.FiaGrade!, ignoreCase: true);
                return null;
            }, (changed, region) => changed.ToChanged(region)) is { } problem
            ? problem
            : TypedResults.Ok(DriverResponse.From(driver!));
    }

    /// <summary>Karting-age juniors race from about 14; nobody is born in the future.</summary>
    private static ValidationProblem? ImplausibleBirthDate(DateOnly dateOfBirth, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return dateOfBirth > today.AddYears(-10) || dateOfBirth < today.AddYears(-100)
            ? ApiProblem.Invalid("dateOfBirth", "must make the driver between 10 and 100 years old")
            : null;
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblem.NotFound("id", $"No driver has id '{id}'.");
}
