using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Catalog;
using Motorsport.Data;
using Motorsport.Messaging.Outbox;
using Motorsport.Regional.Data;
using Motorsport.Regional.Regions;
using Motorsport.Regional.Teams;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Catalog;

/// <summary>The filters headquarters' own list takes, refused the same way when they name no category or status.</summary>
public sealed record CatalogQuery([property: EnumValue<CarCategory>] string? Category, [property: EnumValue<CatalogStatus>] string? Status);

public sealed record CatalogCarModelResponse(
    Guid Id, string Code, string Name, string Category, string Generation, int ModelYear, string Engine, int PowerKw,
    DateOnly? HomologationValidUntil, string Status, long Version, DateTime ChangedAtUtc)
{
    public static CatalogCarModelResponse From(CatalogCarModel model) => new(
        model.Id, model.Code, model.Name, model.Category, model.Generation, model.ModelYear, model.Engine, model.PowerKw,
        model.HomologationValidUntil, model.Status, model.Version, model.ChangedAtUtc);
}

public sealed record TrainingCourseReplicaQuery(
    [property: EnumValue<CrewRole>] string? Role,
    [property: StringLength(40)] string? CarModelCode,
    [property: EnumValue<CatalogStatus>] string? Status);

public sealed record CatalogTrainingCourseResponse(
    Guid Id, string Code, string Title, string Role, string CarModelCode, string Location, int DurationDays, int Capacity,
    int CertificateValidityMonths, string Status, long Version, DateTime ChangedAtUtc)
{
    public static CatalogTrainingCourseResponse From(CatalogTrainingCourse course) => new(
        course.Id, course.Code, course.Title, course.Role, course.CarModelCode, course.Location, course.DurationDays, course.Capacity,
        course.CertificateValidityMonths, course.Status, course.Version, course.ChangedAtUtc);
}

public static class CatalogApi
{
    /// <summary>The region's read-only catalogue replica; headquarters is where it is edited.</summary>
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder region)
    {
        var catalog = region.MapGroup("/catalog").WithTags("Catalogue replica");
        catalog.MapGet("/car-models", List).WithSummary("List the car models of the region's catalogue replica");
        catalog.MapGet("/car-models/{code}", Get).WithSummary("Get a car model of the catalogue replica");
        catalog.MapGet("/training-courses", ListTrainingCourses).WithSummary("List the training courses of the catalogue replica");
        catalog.MapGet("/training-courses/{code}", GetTrainingCourse).WithSummary("Get a training course of the catalogue replica");
        return region;
    }

    /// <summary>For ops: re-sync a replica suspected stale without restarting the service.</summary>
    public static IEndpointRouteBuilder MapCatalogOperationsApi(this IEndpointRouteBuilder operations)
    {
        operations.MapPost("/catalog-snapshot-requests", RequestSnapshot).WithSummary("Ask headquarters to send the whole catalogue again (ops)").WithTags("Operations");
        return operations;
    }

    private static async Task<PagedResult<CatalogCarModelResponse>> List(
        [AsParameters] CatalogQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var query = db.CatalogCarModels.AsNoTracking();
        if (filter.Category is not null)
        {
            var category = NameOf<CarCategory>(filter.Category);
            query = query.Where(m => m.Category == category);
        }

        if (filter.Status is not null)
        {
            var status = NameOf<CatalogStatus>(filter.Status);
            query = query.Where(m => m.Status == status);
        }

        return await query.OrderBy(m => m.Code).ThenBy(m => m.Id).ToPageAsync(paging, CatalogCarModelResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<CatalogCarModelResponse>, ProblemHttpResult>> Get(
        string code, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var model = await db.CatalogCarModels.AsNoTracking().FirstOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (model is null)
        {
            return ApiProblem.NotFound("code", $"No car model has code '{code}' in this region's catalogue.");
        }

        response.SetVersion(model.Version);
        return TypedResults.Ok(CatalogCarModelResponse.From(model));
    }

    private static async Task<PagedResult<CatalogTrainingCourseResponse>> ListTrainingCourses(
        [AsParameters] TrainingCourseReplicaQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var query = db.CatalogTrainingCourses.AsNoTracking();
        if (filter.Role is not null)
        {
            var role = NameOf<CrewRole>(filter.Role);
            query = query.Where(c => c.Role == role);
        }

        if (filter.CarModelCode is not null)
        {
            query = query.Where(c => c.CarModelCode == filter.CarModelCode);
        }

        if (filter.Status is not null)
        {
            var status = NameOf<CatalogStatus>(filter.Status);
            query = query.Where(c => c.Status == status);
        }

        return await query.OrderBy(c => c.Code).ThenBy(c => c.Id).ToPageAsync(paging, CatalogTrainingCourseResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<CatalogTrainingCourseResponse>, ProblemHttpResult>> GetTrainingCourse(
        string code, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var course = await db.CatalogTrainingCourses.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (course is null)
        {
            return ApiProblem.NotFound("code", $"No training course has code '{code}' in this region's catalogue.");
        }

        response.SetVersion(course.Version);
        return TypedResults.Ok(CatalogTrainingCourseResponse.From(course));
    }

    /// <summary>The filter as headquarters spells the value it publishes: filters match in any case, as at headquarters.</summary>
    private static string NameOf<TEnum>(string value)
        where TEnum : struct, Enum => Enum.Parse<TEnum>(value, ignoreCase: true).ToString();

    private static async Task<Accepted> RequestSnapshot(
        RegionalDbContext db, IOutbox outbox, RegionOptions region, TimeProvider time, CancellationToken cancellationToken)
    {
        outbox.Publish(new CatalogSnapshotRequested(region.Id, time.GetUtcNow().UtcDateTime, Enum.GetValues<CatalogKind>()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
