using Motorsport.Contracts.Catalog;

namespace Motorsport.Headquarters.Catalog.CarModels;

public static class CarModelsApi
{
    public static IEndpointRouteBuilder MapCarModelsApi(this IEndpointRouteBuilder endpoints)
    {
        var (read, change) = endpoints.MapCatalogue("/api/hq/catalog/car-models", "Car models");
        read.MapGet("/", List).WithSummary("List car models, by code");
        read.MapGet("/{code}", Get).WithSummary("Get a car model").WithName("GetCarModel");
        change.MapPost("/", Create).WithSummary("Create a car model");
        change.MapPut("/{code}", Update).WithSummary("Change a car model");
        change.MapPost("/{code}/retire", Retire).WithSummary("Retire a car model");
        return endpoints;
    }

    private static async Task<PagedResult<CarModelResponse>> List(
        [AsParameters] CarModelQuery filter, [AsParameters] PageQuery paging, HeadquartersDbContext db, CancellationToken cancellationToken)
    {
        var query = db.CarModels.AsNoTracking().WithStatus(filter.Status);
        if (filter.Category is not null)
        {
            var category = Enum.Parse<CarCategory>(filter.Category, ignoreCase: true);
            query = query.Where(m => m.Category == category);
        }

        return await query.OrderBy(m => m.Code).ToPageAsync(paging, CarModelResponse.From, cancellationToken);
    }

    private static Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Get(
        string code, HeadquartersDbContext db, HttpResponse response, CancellationToken cancellationToken) =>
        CatalogEntries.GetAsync(db.CarModels, code, CarModelResponse.From, NotFound(code), response, cancellationToken);

    private static async Task<Results<CreatedAtRoute<CarModelResponse>, ProblemHttpResult>> Create(CreateCarModelRequest request, [AsParameters] CatalogServices services)
    {
        if (await services.Db.CarModels.AnyAsync(m => m.Code == request.Code, services.Aborted))
        {
            return ApiProblem.Conflict("code", $"A car model with code '{request.Code}' already exists.");
        }

        var now = services.Time.GetUtcNow();
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
        services.Db.CarModels.Add(model);
        services.Outbox.Publish(model.ToChanged());
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(model.Version);
        return TypedResults.CreatedAtRoute(CarModelResponse.From(model), "GetCarModel", new { code = model.Code });
    }

    private static async Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Update(string code, UpdateCarModelRequest request, [AsParameters] CatalogServices services) =>
        await Change(code, request, services, model =>
        {
            model.Name = request.Name!;
            model.Category = Enum.Parse<CarCategory>(request.Category!, ignoreCase: true);
            model.Generation = request.Generation!;
            model.ModelYear = request.ModelYear!.Value;
            model.Engine = request.Engine!;
            model.PowerKw = request.PowerKw!.Value;
            model.HomologationValidUntil = request.HomologationValidUntil;
            return null;
        });

    private static async Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Retire(string code, RetireCarModelRequest request, [AsParameters] CatalogServices services) =>
        await Change(code, request, services, model => CatalogEntries.Retire(model, "Car model"));

    private static async Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Change(
        string code, IVersionedRequest request, CatalogServices services, Func<CarModel, ProblemHttpResult?> apply)
    {
        var model = await services.Db.CarModels.SingleOrDefaultAsync(m => m.Code == code, services.Aborted);
        return await services.TryChangeAsync(model, NotFound(code), request, apply, changed => changed.ToChanged()) is { } problem
            ? problem
            : TypedResults.Ok(CarModelResponse.From(model!));
    }

    private static ProblemHttpResult NotFound(string code) => ApiProblem.NotFound("code", $"No car model has code '{code}'.");
}
