using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;

namespace Motorsport.Regional.Catalog;

/// <summary>This region's read-only copy of a headquarters car model, at the highest version received.</summary>
public sealed class CatalogCarModel : CatalogReplica<CarModelState>
{
    public string Name { get; private set; } = "";
    public string Category { get; private set; } = "";
    public string Generation { get; private set; } = "";
    public int ModelYear { get; private set; }
    public string Engine { get; private set; } = "";
    public int PowerKw { get; private set; }
    public DateOnly? HomologationValidUntil { get; private set; }

    protected override void Copy(CarModelState state) =>
        (Code, Name, Category, Generation, ModelYear, Engine, PowerKw, HomologationValidUntil, Status) =
            (state.Code, state.Name, state.Category, state.Generation, state.ModelYear, state.Engine, state.PowerKw, state.HomologationValidUntil, state.Status);
}

internal sealed class CatalogCarModelConfiguration() : CatalogReplicaConfiguration<CatalogCarModel, CarModelState>("catalog_car_models")
{
    protected override void ConfigureFields(EntityTypeBuilder<CatalogCarModel> model)
    {
        model.Property(m => m.Name).HasMaxLength(120);
        model.Property(m => m.Category).HasMaxLength(10);
        model.Property(m => m.Generation).HasMaxLength(40);
        model.Property(m => m.Engine).HasMaxLength(120);
    }
}
