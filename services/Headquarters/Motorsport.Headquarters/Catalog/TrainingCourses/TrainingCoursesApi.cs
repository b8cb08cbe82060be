using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Catalog;
using Motorsport.Data;
using Motorsport.Headquarters.Data;
using Motorsport.Messaging.Outbox;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.Headquarters.Catalog.TrainingCourses;

public static class TrainingCoursesApi
{
    public static IEndpointRouteBuilder MapTrainingCoursesApi(this IEndpointRouteBuilder endpoints)
    {
        var courses = endpoints.MapGroup("/api/hq/catalog/training-courses").WithTags("Training courses");
        courses.MapGet("/", List).WithSummary("List training courses, by code").RequireAuthorization(Policies.HeadquartersRead);
        courses.MapGet("/{code}", Get).WithSummary("Get a training course").WithName("GetTrainingCourse").RequireAuthorization(Policies.HeadquartersRead);
        courses.MapPost("/", Create).WithSummary("Create a training course").RequireAuthorization(Policies.CatalogAdmin);
        courses.MapPut("/{code}", Update).WithSummary("Change a training course").RequireAuthorization(Policies.CatalogAdmin);
        courses.MapPost("/{code}/retire", Retire).WithSummary("Retire a training course").RequireAuthorization(Policies.CatalogAdmin);
        return endpoints;
    }

    private static async Task<PagedResult<TrainingCourseResponse>> List(
        [AsParameters] TrainingCourseQuery filter, [AsParameters] PageQuery paging, HeadquartersDbContext db, CancellationToken cancellationToken)
    {
        var query = db.TrainingCourses.AsNoTracking();
        if (filter.Role is not null)
        {
            var role = Enum.Parse<CrewRole>(filter.Role, ignoreCase: true);
            query = query.Where(c => c.Role == role);
        }

        if (filter.CarModelCode is not null)
        {
            query = query.Where(c => c.CarModelCode == filter.CarModelCode);
        }

        if (filter.Status is not null)
        {
            var status = Enum.Parse<CatalogStatus>(filter.Status, ignoreCase: true);
            query = query.Where(c => c.Status == status);
        }

        return await query.OrderBy(c => c.Code).ToPageAsync(paging, TrainingCourseResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Get(
        string code, HeadquartersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var course = await db.TrainingCourses.AsNoTracking().SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (course is null)
        {
            return NotFound(code);
        }

        response.SetVersion(course.Version);
        return TypedResults.Ok(TrainingCourseResponse.From(course));
    }

    private static async Task<Results<CreatedAtRoute<TrainingCourseResponse>, ProblemHttpResult>> Create(
        CreateTrainingCourseRequest request, HeadquartersDbContext db, IOutbox outbox, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.TrainingCourses.AnyAsync(c => c.Code == request.Code, cancellationToken))
        {
            return ApiProblem.Conflict("code", $"A training course with code '{request.Code}' already exists.");
        }

        if (CarModelRefusal(request.CarModelCode!, await CarModelStatusAsync(request.CarModelCode!, db, cancellationToken), keeping: false) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow();
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
        db.TrainingCourses.Add(course);
        outbox.Publish(course.ToChanged());
        await db.SaveChangesAsync(cancellationToken);

        response.SetVersion(course.Version);
        return TypedResults.CreatedAtRoute(TrainingCourseResponse.From(course), "GetTrainingCourse", new { code = course.Code });
    }

    private static async Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Update(
        string code, UpdateTrainingCourseRequest request, HeadquartersDbContext db, IOutbox outbox, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        // Looked up first but reported after the 404 and 409 checks, which take precedence over what the request asks for.
        var carModelStatus = await CarModelStatusAsync(request.CarModelCode!, db, cancellationToken);
        return await Change(code, request.Version!.Value, db, outbox, time, response, course =>
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
        }, cancellationToken);
    }

    private static async Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Retire(
        string code, RetireTrainingCourseRequest request, HeadquartersDbContext db, IOutbox outbox, TimeProvider time, HttpResponse response, CancellationToken cancellationToken) =>
        await Change(code, request.Version!.Value, db, outbox, time, response, course =>
        {
            if (course.Status == CatalogStatus.Retired)
            {
                return ApiProblem.Conflict("status", $"Training course {course.Code} is already {CatalogStatus.Retired}.");
            }

            course.Status = CatalogStatus.Retired;
            return null;
        }, cancellationToken);

    private static async Task<Results<Ok<TrainingCourseResponse>, ProblemHttpResult>> Change(
        string code, long expectedVersion, HeadquartersDbContext db, IOutbox outbox, TimeProvider time, HttpResponse response,
        Func<TrainingCourse, ProblemHttpResult?> apply, CancellationToken cancellationToken)
    {
        var course = await db.TrainingCourses.SingleOrDefaultAsync(c => c.Code == code, cancellationToken);
        return await db.TryChangeAsync(course, NotFound(code), expectedVersion, apply, changed => outbox.Publish(changed.ToChanged()), time, response, cancellationToken) is { } problem
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
