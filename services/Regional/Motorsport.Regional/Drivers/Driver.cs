using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Drivers;

/// <summary>The FIA driver categorisation, best first.</summary>
public enum FiaGrade { Platinum, Gold, Silver, Bronze }

/// <summary>A racing driver registered with the regional office; entries name drivers, teams do not own them.</summary>
public sealed class Driver : IVersioned
{
    public Guid Id { get; init; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }

    /// <summary>ISO 3166-1 alpha-2, e.g. DE, US, AU.</summary>
    public required string Nationality { get; set; }

    public DateOnly DateOfBirth { get; set; }
    public FiaGrade FiaGrade { get; set; }
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public string FullName => $"{FirstName} {LastName}";

    public DriverChanged ToChanged(string region) => new(
        region, Id, Version, new DriverState(FirstName, LastName, Nationality, DateOfBirth, FiaGrade.ToString()), UpdatedAtUtc);
}

internal sealed class DriverConfiguration : IEntityTypeConfiguration<Driver>
{
    public void Configure(EntityTypeBuilder<Driver> driver)
    {
        driver.ToTable("drivers");
        driver.HasKey(d => d.Id);
        driver.Property(d => d.Id).ValueGeneratedNever();
        driver.Property(d => d.FirstName).HasMaxLength(60);
        driver.Property(d => d.LastName).HasMaxLength(60);
        driver.HasIndex(d => new { d.LastName, d.FirstName });
        driver.Property(d => d.Nationality).HasMaxLength(2);
        driver.Property(d => d.FiaGrade).HasConversion<string>().HasMaxLength(10);
        driver.Property(d => d.Version).IsConcurrencyToken();
        driver.Ignore(d => d.FullName);
    }
}
