using Motorsport.Contracts.Catalog;

namespace Motorsport.Headquarters.Catalog.TrainingCourses;

public static class TrainingCoursesApi
{
    public static IEndpointRouteBuilder MapTrainingCoursesApi(this IEndpointRouteBuilder endpoints)
    {
        var (read, change) = endpoints.MapCatalogue("/api/hq/catalog/training-courses", "Training courses");
        read.MapGet("/", List).WithSummary("List training courses, by code");
        read.MapGet("/{code}", Get).WithSummary("Get a training course").WithName("GetTrainingCourse");
        change.MapPost("/", Create).WithSummary("Create a training course");
        change.MapPut("/{code}", Update).WithSummary("Change a training course");
        change.MapPost("/{code}/retire", Retire).WithSummary("Retire a training course");
        return endpoints;
    }

    private static async Task<PagedResult<TrainingCourseResponse>> List(
        [AsParameters] TrainingCourseQuery filter, [AsParameters] PageQuery paging, HeadquartersDbContext db, CancellationToken cancellationToken)
    {
        var query = db.TrainingCourses.AsNoTracking().WithStatus(filter.Status);
        if (filter.Role is not null)
        {
            var role = Enum.Parse<CrewRole>(filter.Role, ignoreCase: true);
            query = query.Where(c => c.Role == role);
        }

        if (filter.CarModelCode is not null)
        {
            query = query.Where(c => c.CarModelCode == filter.CarModelCode);
        }

        return await query.OrderBy(c => c.Code).ToPageAsync(paging, TrainingCourseResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Get(
        string code, HeadquartersDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        CatalogEntries.GetAsync(db.TrainingCourses, code, TrainingCourseResponse.From, NotFound(code), response, cancellationToken);

    private static async Task<Results<CreatedAtRoute<TrainingCourseResponse>, ProblemHttpResult>> Create(
        CreateTrainingCourseRequest request, [AsParameters] CatalogServices services)
    {
        if (await services.Db.TrainingCourses.AnyAsync(c => c.Code == request.Code, services.Aborted))
        {
            return ApiProblem.Conflict("code", $"A training course with code '{request.Code}' already exists.");
        }

        if (CarModelRefusal(request.CarModelCode!, await CarModelStatusAsync(request.CarModelCode!, services.Db, services.Aborted), keeping: false) is { } refused)
        {
            return refused;
        }

        var now = services.Time.GetUtcNow();
        var course = new TrainingCourse
        {
            Id = Guid.CreateVersion7(now),
            Code = request.Code!,
            Title = request.Title!,
            Role = Enum.Parse<CrewRole>(request.Role!, ignoreCase: true),
            CarModelCode = request.CarModelCode!,
            Location = request.Location!,
            DurationDays = request.DurationDays!.Value,
            Capacity = request.Capacity!.Value,
            CertificateValidityMonths = request.CertificateValidityMonths!.Value,
            Status = CatalogStatus.Active,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        services.Db.TrainingCourses.Add(course);
        services.Outbox.Publish(course.ToChanged());
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(course.Version);
        return TypedResults.CreatedAtRoute(TrainingCourseResponse.From(course), "GetTrainingCourse", new { code = course.Code });
    }

    private static async Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Update(
        string code, UpdateTrainingCourseRequest request, [AsParameters] CatalogServices services)
    {
        // Looked up first but reported after the 404 and 409 checks, which take precedence over what the request asks for.
        var carModelStatus = await CarModelStatusAsync(request.CarModelCode!, services.Db, services.Aborted);
        return await Change(code, request, services, course =>
        {
            if (CarModelRefusal(request.CarModelCode!, carModelStatus, keeping: course.CarModelCode == request.CarModelCode) is { } refused)
            {
                return refused;
            }

            course.Title = request.Title!;
            course.Role = Enum.Parse<CrewRole>(request.Role!, ignoreCase: true);
            course.CarModelCode = request.CarModelCode!;
            course.Location = request.Location!;
            course.DurationDays = request.DurationDays!.Value;
            course.Capacity = request.Capacity!.Value;
            course.CertificateValidityMonths = request.CertificateValidityMonths!.Value;
            return null;
        });
    }

    private static async Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Retire(
        string code, RetireTrainingCourseRequest request, [AsParameters] CatalogServices services) =>
        await Change(code, request, services, course => CatalogEntries.Retire(course, "Training course"));

    private static async Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Change(
        string code, IVersionedRequest request, CatalogServices services, Func<TrainingCourse, ProblemHttpResult?> apply)
    {
        var course = await services.Db.TrainingCourses.SingleOrDefaultAsync(c => c.Code == code, services.Aborted);
        return await services.TryChangeAsync(course, NotFound(code), request, apply, changed => changed.ToChanged()) is { } problem
            ? problem
            : TypedResults.Ok(TrainingCourseResponse.From(course!));
    }

    private static async Task<CatalogStatus?> CarModelStatusAsync(string carModelCode, HeadquartersDbContext db, CancellationToken cancellationToken) =>
        await db.CarModels.Where(m => m.Code == carModelCode).Select(m => (CatalogStatus?)m.Status).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// A course on a model HQ does not sell could never be matched to a team's car, so it is refused rather than stored. Nor
    /// does a course move to a retired model, which HQ no longer supports; a course <paramref name="keeping"/> its model when
    /// that model retires can still be edited.
    /// </summary>
    private static ProblemHttpResult? CarModelRefusal(string carModelCode, CatalogStatus? carModelStatus, bool keeping) => carModelStatus switch
    {
        null => ApiProblem.Unprocessable("carModelCode", $"No car model has code '{carModelCode}' in the headquarters catalogue."),
        CatalogStatus.Retired when !keeping => ApiProblem.Unprocessable(
            "carModelCode", $"Car model {carModelCode} is {CatalogStatus.Retired}; courses are offered on active models.", CatalogRules.CarModelNotActive),
        _ => null,
    };

    private static ProblemHttpResult NotFound(string code) => ApiProblem.NotFound("code", $"No training course has code '{code}'.");
}
