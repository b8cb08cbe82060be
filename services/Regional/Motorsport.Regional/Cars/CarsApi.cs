using Motorsport.Regional.Catalog;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;

namespace Motorsport.Regional.Cars;

public static class CarsApi
{
    public static IEndpointRouteBuilder MapCarsApi(this IEndpointRouteBuilder region)
    {
        var cars = region.MapGroup("/cars").WithTags("Cars");
        cars.MapGet("/", List).WithSummary("List cars, by chassis number");
        cars.MapGet("/{id}", Get).WithSummary("Get a car").WithName("GetCar");
        cars.MapPost("/", Create).WithSummary("Register a team's car");
        cars.MapPut("/{id}", Update).WithSummary("Move a car to another team or correct its model");
        return region;
    }

    private static async Task<PagedResult<CarResponse>> List(
        [AsParameters] CarQuery filter, [AsParameters] PageQuery paging, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Cars.AsNoTracking().Include(c => c.CarModel).AsQueryable();
        if (filter.TeamId is { } teamId)
        {
            query = query.Where(c => c.TeamId == teamId);
        }

        if (filter.CarModelCode is not null)
        {
            query = query.Where(c => c.CarModel.Code == filter.CarModelCode);
        }

        return await query.OrderBy(c => c.ChassisNumber).ThenBy(c => c.Id).ToPageAsync(paging, CarResponse.From, cancellationToken);
    }

    private static async Task<Results<Ok<CarResponse>, ProblemHttpResult>> Get(
        Guid id, RegionalDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var car = await db.Cars.AsNoTracking().Include(c => c.CarModel).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (car is null)
        {
            return NotFound(id);
        }

        response.SetVersion(car.Version);
        return TypedResults.Ok(CarResponse.From(car));
    }

    private static async Task<Results<CreatedAtRoute<CarResponse>, ProblemHttpResult>> Create(CreateCarRequest request, [AsParameters] RegionalServices services)
    {
        var (model, problem) = await ReferencesAsync(request.CarModelCode!, request.TeamId!.Value, services.Db, services.Aborted);
        if (problem is not null)
        {
            return problem;
        }

        if (await services.Db.Cars.AnyAsync(c => c.ChassisNumber == request.ChassisNumber, services.Aborted))
        {
            return ApiProblem.Conflict("chassisNumber", $"A car with chassis number '{request.ChassisNumber}' is already registered.");
        }

        var now = services.Time.GetUtcNow();
        var car = new Car
        {
            Id = Guid.CreateVersion7(now),
            ChassisNumber = request.ChassisNumber!,
            CarModelId = model!.Id,
            CarModel = model,
            TeamId = request.TeamId.Value,
            Version = 1,
            UpdatedAtUtc = now.UtcDateTime,
        };
        services.Db.Cars.Add(car);
        services.Outbox.Publish(car.ToChanged(services.Region.Id));
        await services.Db.SaveChangesAsync(services.Aborted);

        services.Response.SetVersion(car.Version);
        return TypedResults.CreatedAtRoute(CarResponse.From(car), "GetCar", new { id = car.Id });
    }

    private static async Task<Results<Ok<CarResponse>, ProblemHttpResult>> Update(Guid id, UpdateCarRequest request, [AsParameters] RegionalServices services)
    {
        var db = services.Db;
        // Held against an entry of this car being accepted meanwhile (see RowLocks).
        await using var transaction = await db.BeginHoldingAsync<Car>(id, services.Aborted);
        var car = await db.Cars.Include(c => c.CarModel).SingleOrDefaultAsync(c => c.Id == id, services.Aborted);
        if (car is null)
        {
            return NotFound(id);
        }

        if (services.Precondition(request).Refusal(car.Version) is { } refused)
        {
            return refused;
        }

        var (model, problem) = await ReferencesAsync(request.CarModelCode!, request.TeamId!.Value, db, services.Aborted);
        if (problem is not null)
        {
            return problem;
        }

        var openEntries = await db.Entries.AsNoTracking()
            .Where(e => e.CarId == car.Id && e.Status == EntryStatus.Entered)
            .Join(db.Events.Where(ev => ev.Status == EventStatus.Scheduled), e => e.EventId, ev => ev.Id, (e, ev) => new OpenCarEntry(ev.Name, e.CarNumber))
            .ToListAsync(services.Aborted);
        var change = new CarChange(car.ChassisNumber, car.TeamId, request.TeamId.Value, car.CarModel.Code, model!.Code);
        if (CarChangeRules.Check(change, openEntries) is { } rejection)
        {
            return ApiProblem.Unprocessable(rejection.Field, rejection.Message, CarRules.CarInOpenEntry);
        }

        car.CarModelId = model.Id;
        car.CarModel = model;
        car.TeamId = request.TeamId.Value;
        car.Touch(services.Time);
        services.Outbox.Publish(car.ToChanged(services.Region.Id));
        await db.SaveChangesAsync(services.Aborted);
        await transaction.CommitAsync(services.Aborted);

        services.Response.SetVersion(car.Version);
        return TypedResults.Ok(CarResponse.From(car));
    }

    /// <summary>The model must be in this region's catalogue replica (any status: old cars of retired models are still owned); the team must exist.</summary>
    private static async Task<(CatalogCarModel? Model, ProblemHttpResult? Problem)> ReferencesAsync(
        string carModelCode, Guid teamId, RegionalDbContext db, CancellationToken cancellationToken)
    {
        var model = await db.CatalogCarModels.Where(m => m.Code == carModelCode).OrderByDescending(m => m.Version).FirstOrDefaultAsync(cancellationToken);
        if (model is null)
        {
            return (null, ApiProblem.Unprocessable("carModelCode", $"No car model has code '{carModelCode}' in this region's catalogue."));
        }

        if (!await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            return (null, ApiProblem.Unprocessable("teamId", $"No team has id '{teamId}'."));
        }

        return (model, null);
    }

    private static ProblemHttpResult NotFound(Guid id) => ApiProblem.NotFound("id", $"No car has id '{id}'.");
}
