using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;
using Motorsport.Data;

namespace Motorsport.Headquarters.Catalog.CarModels;

/// <summary>A customer race car headquarters sells and supports; the source of truth every region replicates.</summary>
public sealed class CarModel : ICatalogEntry
{
    public Guid Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }
    public CarCategory Category { get; set; }
    public required string Generation { get; set; }
    public int ModelYear { get; set; }
    public required string Engine { get; set; }
    public int PowerKw { get; set; }
    public DateOnly? HomologationValidUntil { get; set; }
    public CatalogStatus Status { get; set; }

    /// <summary>Grows by one with every change; the optimistic-concurrency token and the version regions compare.</summary>
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public CarModelChanged ToChanged() => new(
        Id,
        Version,
        new CarModelState(Code, Name, Category.ToString(), Generation, ModelYear, Engine, PowerKw, HomologationValidUntil, Status.ToString()),
        UpdatedAtUtc);
}

internal sealed class CarModelConfiguration : IEntityTypeConfiguration<CarModel>
{
    public void Configure(EntityTypeBuilder<CarModel> model)
    {
        model.ToTable("car_models");
        model.HasKey(m => m.Id);
        model.Property(m => m.Id).ValueGeneratedNever();
        model.Property(m => m.Code).HasMaxLength(40);
        model.HasIndex(m => m.Code).IsUnique();
        model.Property(m => m.Name).HasMaxLength(120);
        model.Property(m => m.Category).HasConversion<string>().HasMaxLength(10);
        model.Property(m => m.Generation).HasMaxLength(40);
        model.Property(m => m.Engine).HasMaxLength(120);
        model.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
        model.Property(m => m.Version).IsConcurrencyToken();
    }
}
