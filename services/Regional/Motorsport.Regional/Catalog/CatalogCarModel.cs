using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;

namespace Motorsport.Regional.Catalog;

/// <summary>This region's read-only copy of a headquarters car model, at the highest version received.</summary>
public sealed class CatalogCarModel : ICatalogReplica<CatalogCarModel, CarModelChanged>
{
    public Guid Id { get; init; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Category { get; set; }
    public required string Generation { get; set; }
    public int ModelYear { get; set; }
    public required string Engine { get; set; }
    public int PowerKw { get; set; }
    public DateOnly? HomologationValidUntil { get; set; }
    public required string Status { get; set; }
    public long Version { get; set; }
    public DateTime ChangedAtUtc { get; set; }

    public bool IsActive => Status == nameof(CatalogStatus.Active);

    public static CatalogCarModel From(CarModelChanged changed)
    {
        var model = new CatalogCarModel
        {
            Id = changed.CarModelId,
            Code = changed.State.Code,
            Name = changed.State.Name,
            Category = changed.State.Category,
            Generation = changed.State.Generation,
            Engine = changed.State.Engine,
            Status = changed.State.Status,
        };
        model.Apply(changed);
        return model;
    }

    public void Apply(CarModelChanged changed)
    {
        var state = changed.State;
        (Code, Name, Category, Generation, ModelYear, Engine, PowerKw, HomologationValidUntil, Status) =
            (state.Code, state.Name, state.Category, state.Generation, state.ModelYear, state.Engine, state.PowerKw, state.HomologationValidUntil, state.Status);
        Version = changed.Version;
        ChangedAtUtc = changed.ChangedAtUtc;
    }
}

internal sealed class CatalogCarModelConfiguration : IEntityTypeConfiguration<CatalogCarModel>
{
    public void Configure(EntityTypeBuilder<CatalogCarModel> model)
    {
        model.ToTable("catalog_car_models");
        model.HasKey(m => m.Id);
        model.Property(m => m.Id).ValueGeneratedNever();
        model.Property(m => m.Code).HasMaxLength(40);
        model.HasIndex(m => m.Code);
        model.Property(m => m.Name).HasMaxLength(120);
        model.Property(m => m.Category).HasMaxLength(10);
        model.Property(m => m.Generation).HasMaxLength(40);
        model.Property(m => m.Engine).HasMaxLength(120);
        model.Property(m => m.Status).HasMaxLength(10);
        model.Property(m => m.Version).IsConcurrencyToken();
        model.Ignore(m => m.IsActive);
    }
}
