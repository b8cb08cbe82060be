using System.ComponentModel.DataAnnotations;
using Motorsport.Contracts.Catalog;
using Motorsport.ServiceDefaults;

namespace Motorsport.Headquarters.Catalog.CarModels;

public sealed record CreateCarModelRequest(
    [property: Required, StringLength(40, MinimumLength = 2), RegularExpression("^[A-Z0-9][A-Z0-9-]*$", ErrorMessage = "code must be upper-case letters, digits and dashes, e.g. 992-GT3-R")] string? Code,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, EnumValue<CarCategory>] string? Category,
    [property: Required, StringLength(40, MinimumLength = 1)] string? Generation,
    [property: Required, Range(1990, 2100)] int? ModelYear,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Engine,
    [property: Required, Range(1, 2000)] int? PowerKw,
    [property: PlausibleDate] DateOnly? HomologationValidUntil);

public sealed record UpdateCarModelRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, EnumValue<CarCategory>] string? Category,
    [property: Required, StringLength(40, MinimumLength = 1)] string? Generation,
    [property: Required, Range(1990, 2100)] int? ModelYear,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Engine,
    [property: Required, Range(1, 2000)] int? PowerKw,
    [property: PlausibleDate] DateOnly? HomologationValidUntil,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record CarModelQuery(
    [property: EnumValue<CarCategory>] string? Category,
    [property: EnumValue<CatalogStatus>] string? Status) : ICatalogQuery<CarModel>
{
    public IQueryable<CarModel> Filter(IQueryable<CarModel> items)
    {
        if (Category is null)
        {
            return items;
        }

        var category = Enum.Parse<CarCategory>(Category, ignoreCase: true);
        return items.Where(m => m.Category == category);
    }
}

public sealed record CarModelResponse(
    Guid Id,
    string Code,
    string Name,
    CarCategory Category,
    string Generation,
    int ModelYear,
    string Engine,
    int PowerKw,
    DateOnly? HomologationValidUntil,
    CatalogStatus Status,
    long Version,
    DateTime UpdatedAtUtc) : ICatalogResponse<CarModel, CarModelResponse>
{
    public static CarModelResponse From(CarModel model) => new(
        model.Id, model.Code, model.Name, model.Category, model.Generation, model.ModelYear, model.Engine,
        model.PowerKw, model.HomologationValidUntil, model.Status, model.Version, model.UpdatedAtUtc);
}
