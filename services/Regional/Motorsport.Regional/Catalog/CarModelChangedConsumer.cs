using Motorsport.Contracts.Catalog;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Catalog;

public sealed class CarModelChangedConsumer(RegionalDbContext db, ILogger<CarModelChangedConsumer> logger)
    : CatalogChangedConsumer<CarModelChanged, CatalogCarModel, CarModelState>(db, logger)
{
    protected override CatalogChange<CarModelState> Read(CarModelChanged changed) =>
        new(changed.CarModelId, changed.Version, changed.State, changed.ChangedAtUtc);
}
