using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Catalog;
using Motorsport.Regional.Data;
using Motorsport.Regional.Teams;

namespace Motorsport.Regional.Cars;

/// <summary>One chassis of a catalogue car model, owned by a team of the region.</summary>
public sealed class Car : IVersioned
{
    public Guid Id { get; init; }
    public required string ChassisNumber { get; init; }

    /// <summary>The headquarters id of the model, as the region's catalogue replica holds it.</summary>
    public Guid CarModelId { get; set; }

    public CatalogCarModel CarModel { get; set; } = null!;
    public Guid TeamId { get; set; }
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public CarChanged ToChanged(string region) =>
        new(region, Id, Version, new CarState(ChassisNumber, CarModelId, CarModel.Code, TeamId), UpdatedAtUtc);
}

internal sealed class CarConfiguration : IEntityTypeConfiguration<Car>
{
    public void Configure(EntityTypeBuilder<Car> car)
    {
        car.ToTable("cars");
        car.HasKey(c => c.Id);
        car.Property(c => c.Id).ValueGeneratedNever();
        car.Property(c => c.ChassisNumber).HasMaxLength(40);
        car.HasIndex(c => c.ChassisNumber).IsUnique();
        car.Property(c => c.Version).IsConcurrencyToken();
        car.HasOne(c => c.CarModel).WithMany().HasForeignKey(c => c.CarModelId).OnDelete(DeleteBehavior.Restrict);
        car.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
