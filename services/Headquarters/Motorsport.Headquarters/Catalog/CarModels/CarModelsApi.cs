using Motorsport.Contracts.Catalog;
using Catalogue = Motorsport.Headquarters.Catalog.Catalogue<
    Motorsport.Headquarters.Catalog.CarModels.CarModel, Motorsport.Contracts.Catalog.CarModelChanged, Motorsport.Headquarters.Catalog.CarModels.CarModelResponse>;

namespace Motorsport.Headquarters.Catalog.CarModels;

public static class CarModelsApi
{
    public static IEndpointRouteBuilder MapCarModelsApi(this IEndpointRouteBuilder endpoints)
    {
        var (read, change) = endpoints.MapCatalogue("/api/hq/catalog/car-models", "Car models");
        read.MapGet("/", Catalogue.List<CarModelQuery>).WithSummary("List car models, by code");
        read.MapGet("/{code}", Catalogue.Get).WithSummary("Get a car model").WithName(Catalogue.GetRoute);
        change.MapPost("/", Create).WithSummary("Create a car model");
        change.MapPut("/{code}", Update).WithSummary("Change a car model");
        change.MapPost("/{code}/retire", Catalogue.Retire).WithSummary("Retire a car model");
        return endpoints;
    }

    private static Task<Results<CreatedAtRoute<CarModelResponse>, ProblemHttpResult>> Create(CreateCarModelRequest request, [AsParameters] CatalogServices services) =>
        Catalogue.CreateAsync(request.Code!, services, () => new CarModel
        {
            Code = request.Code!,
            Name = request.Name!,
            Category = Enum.Parse<CarCategory>(request.Category!, ignoreCase: true),
            Generation = request.Generation!,
            ModelYear = request.ModelYear!.Value,
            Engine = request.Engine!,
            PowerKw = request.PowerKw!.Value,
            HomologationValidUntil = request.HomologationValidUntil,
        });

    private static Task<Results<Ok<CarModelResponse>, ProblemHttpResult>> Update(string code, UpdateCarModelRequest request, [AsParameters] CatalogServices services) =>
        Catalogue.ChangeAsync(code, request, services, model =>
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
}
