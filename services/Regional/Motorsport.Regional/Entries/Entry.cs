using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Cars;
using Motorsport.Regional.Data;
using Motorsport.Regional.Drivers;
using Motorsport.Regional.Events;
using Motorsport.Regional.Teams;

namespace Motorsport.Regional.Entries;

/// <summary>A team's car, under a car number, with its drivers and class, in one event. Withdrawn entries stay, as history.</summary>
public sealed class Entry : IVersioned
{
    public Guid Id { get; init; }
    public Guid EventId { get; init; }
    public Guid TeamId { get; init; }
    public Guid CarId { get; set; }

    /// <summary>The car's model when the entry was accepted or last changed: what headquarters counts entries per model by.</summary>
    public required string CarModelCode { get; set; }

    public int CarNumber { get; set; }

    /// <summary>
    /// <see cref="CarNumber"/> while the entry stands, null once withdrawn. A unique index on (event, this column) lets the
    /// database hold the car-number rule too: both PostgreSQL and SQLite let any number of NULLs share a unique index, so
    /// withdrawn entries free their number without a provider-specific partial index.
    /// </summary>
    public int? ActiveCarNumber { get; set; }

    public required string Class { get; set; }
    public List<EntryDriver> Drivers { get; init; } = [];
    public EntryStatus Status { get; set; }
    public DateTime? WithdrawnAtUtc { get; set; }
    public string? WithdrawalReason { get; set; }
    public DateTime CreatedAtUtc { get; init; }
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<Guid> DriverIds => Drivers.OrderBy(d => d.Position).Select(d => d.DriverId).ToList();

    /// <summary>Replaces the drivers, keeping rows of drivers who stay (only their order may change).</summary>
    public void SetDrivers(IReadOnlyList<Guid> driverIds)
    {
        Drivers.RemoveAll(d => !driverIds.Contains(d.DriverId));
        for (var position = 0; position < driverIds.Count; position++)
        {
            var driverId = driverIds[position];
            if (Drivers.Find(d => d.DriverId == driverId) is { } existing)
            {
                existing.Position = position + 1;
            }
            else
            {
                Drivers.Add(new EntryDriver { EntryId = Id, DriverId = driverId, Position = position + 1 });
            }
        }
    }

    public EntryChanged ToChanged(string region) => new(
        region,
        Id,
        Version,
        new EntryState(EventId, TeamId, CarId, CarModelCode, CarNumber, Class, DriverIds, Status.ToString(), WithdrawnAtUtc, WithdrawalReason),
        UpdatedAtUtc);
}

/// <summary>A driver nominated for an entry; <see cref="Position"/> is the team's order (1 = first driver).</summary>
public sealed class EntryDriver
{
    public Guid EntryId { get; init; }
    public Guid DriverId { get; init; }
    public int Position { get; set; }
}

internal sealed class EntryConfiguration : IEntityTypeConfiguration<Entry>
{
    public void Configure(EntityTypeBuilder<Entry> entry)
    {
        entry.ToTable("entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).ValueGeneratedNever();
        entry.Property(e => e.CarModelCode).HasMaxLength(40);
        entry.Property(e => e.Class).HasMaxLength(20);
        entry.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        entry.Property(e => e.WithdrawalReason).HasMaxLength(500);
        entry.Property(e => e.Version).IsConcurrencyToken();
        entry.Ignore(e => e.DriverIds);
        entry.HasIndex(e => new { e.EventId, e.ActiveCarNumber }).IsUnique();
        entry.HasIndex(e => new { e.TeamId, e.EventId });
        entry.HasOne<RacingEvent>().WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Car>().WithMany().HasForeignKey(e => e.CarId).OnDelete(DeleteBehavior.Restrict);
        entry.HasMany(e => e.Drivers).WithOne().HasForeignKey(d => d.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntryDriverConfiguration : IEntityTypeConfiguration<EntryDriver>
{
    public void Configure(EntityTypeBuilder<EntryDriver> entryDriver)
    {
        entryDriver.ToTable("entry_drivers");
        entryDriver.HasKey(d => new { d.EntryId, d.DriverId });
        entryDriver.HasOne<Driver>().WithMany().HasForeignKey(d => d.DriverId).OnDelete(DeleteBehavior.Restrict);
    }
}
