using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Catalog;
using Motorsport.Data;
using Motorsport.Headquarters.Data;
using Motorsport.Messaging.Outbox;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.Headquarters.Catalog.CarModels;

public static class CarModelsApi
{
    public static IEndpointRouteBuilder MapCarModelsApi(this IEndpointRouteBuilder endpoints)
    {
        var carModels = endpoints.MapGroup("/api/hq/catalog/car-models").WithTags("Car models");
        carModels.MapGet("/", List).WithSummary("List car models, by code").RequireAuthorization(Policies.HeadquartersRead);
        carModels.MapGet("/{code}", Get).WithSummary("Get a car model").WithName("GetCarModel").RequireAuthorization(Policies.HeadquartersRead);
        carModels.MapPost("/", Create).WithSummary("Create a car model").RequireAuthorization(Policies.CatalogAdmin);
        carModels.MapPut("/{code}", Update).WithSummary("Change a car model").RequireAuthorization(Policies.CatalogAdmin);
        carModels.MapPost("/{code}/retire", Retire).WithSummary("Retire a car model").RequireAuthorization(Policies.CatalogAdmin);
        return endpoints;
    }

    private static async Task<PagedResult<CarModelResponse>> List(
        [AsParameters] CarModelQuery filter, [AsParameters] PageQuery paging, HeadquartersDbContext db, CancellationToken cancellationToken)
    {
        var query = db.CarModels.AsNoTracking();
        if (filter.Category is not null)
        {
            var category = Enum.Parse<CarCategory>(filter.Category, ignoreCase: true);
            query = query.Where(m => m.Category == category);
        }

        if (filter.Status is not null)
        {
            var status = Enum.Parse<CatalogStatus>(filter.Status, ignoreCase: true);
            query = query.Where(m => m.Status == status);
        }

        return await query.OrderBy(m => m.Code).ToPageAsync(paging, CarModelResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Get(
        string code, HeadquartersDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var model = await db.CarModels.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (model is null)
        {
            return NotFound(code);
        }

        response.SetVersion(model.Version);
        return TypedResults.Ok(CarModelResponse.From(model));
    }

    private static async Task<Results<CreatedAtRoute<CarModelResponse>, ProblemHttpResult>> Create(
        CreateCarModelRequest request, HeadquartersDbContext db, IOutbox outbox, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await db.CarModels.AnyAsync(m => m.Code == request.Code, cancellationToken))
        {
            return ApiProblem.Conflict("code", $"A car model with code '{request.Code}' already exists.");
        }

        var now = time.GetUtcNow();
        var model = new CarModel
        {
            Id = Guid.CreateVersion7(now),
            Code = request.Code!,
            Name = request.Name!,
            Category = Enum.Parse<CarCategory>(request.Category!, ignoreCase: true),
            Generation = request.Generation!,
            ModelYear = request.ModelYear!.Value,
            Engine = request.Engine!,
            PowerKw = request.PowerKw!.Value,
            HomologationValidUntil = request.HomologationValidUntil,
            Status = CatalogStatus.Active,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        db.CarModels.Add(model);
        outbox.Publish(model.ToChanged());
        await db.SaveChangesAsync(cancellationToken);

        response.SetVersion(model.Version);
        return TypedResults.CreatedAtRoute(CarModelResponse.From(model), "GetCarModel", new { code = model.Code });
    }

    private static async Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Update(
        string code, UpdateCarModelRequest request, HeadquartersDbContext db, IOutbox outbox, TimeProvider time, HttpResponse response, CancellationToken cancellationToken) =>
        await Change(code, request.Version!.Value, db, outbox, time, response, model =>
        {
            model.Name = request.Name!;
            model.Category = Enum.Parse<CarCategory>(request.Category!, ignoreCase: true);
            model.Generation = request.Generation!;
            model.ModelYear = request.ModelYear!.Value;
            model.Engine = request.Engine!;
            model.PowerKw = request.PowerKw!.Value;
            model.HomologationValidUntil = request.HomologationValidUntil;
            return null;
        }, cancellationToken);

    private static async Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Retire(
        string code, RetireCarModelRequest request, HeadquartersDbContext db, IOutbox outbox, TimeProvider time, HttpResponse response, CancellationToken cancellationToken) =>
        await Change(code, request.Version!.Value, db, outbox, time, response, model =>
        {
            if (model.Status == CatalogStatus.Retired)
            {
                return ApiProblem.Conflict("status", $"Car model {model.Code} is already {CatalogStatus.Retired}.");
            }

            model.Status = CatalogStatus.Retired;
            return null;
        }, cancellationToken);

    private static async Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Change(
        string code, long expectedVersion, HeadquartersDbContext db, IOutbox outbox, TimeProvider time, HttpResponse response,
        Func<CarModel, ProblemHttpResult?> apply, CancellationToken cancellationToken)
    {
        var model = await db.CarModels.SingleOrDefaultAsync(m => m.Code == code, cancellationToken);
        return await db.TryChangeAsync(model, NotFound(code), expectedVersion, apply, changed => outbox.Publish(changed.ToChanged()), time, response, cancellationToken) is { } problem
            ? problem
            : TypedResults.Ok(CarModelResponse.From(model!));
    }

    private static ProblemHttpResult NotFound(string code) => ApiProblem.NotFound("code", $"No car model has code '{code}'.");
}
