using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;

namespace Motorsport.Headquarters.Catalog.CarModels;

/// <summary>A customer race car headquarters sells and supports; the source of truth every region replicates.</summary>
public sealed class CarModel : CatalogItem, ICatalogItem<CarModelChanged>
{
    public static string Kind => "car model";

    public required string Name { get; set; }
    public CarCategory Category { get; set; }
    public required string Generation { get; set; }
    public int ModelYear { get; set; }
    public required string Engine { get; set; }
    public int PowerKw { get; set; }
    public DateOnly? HomologationValidUntil { get; set; }

    public CarModelChanged ToChanged() => new(
        Id,
        Version,
        new CarModelState(Code, Name, Category.ToString(), Generation, ModelYear, Engine, PowerKw, HomologationValidUntil, Status.ToString()),
        UpdatedAtUtc);
}

internal sealed class CarModelConfiguration() : CatalogItemConfiguration<CarModel>("car_models")
{
    protected override void ConfigureFields(EntityTypeBuilder<CarModel> model)
    {
        model.Property(m => m.Name).HasMaxLength(120);
        model.Property(m => m.Category).HasConversion<string>().HasMaxLength(10);
        model.Property(m => m.Generation).HasMaxLength(40);
        model.Property(m => m.Engine).HasMaxLength(120);
    }
}
