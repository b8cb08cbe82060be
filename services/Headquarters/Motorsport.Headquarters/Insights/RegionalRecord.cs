using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Motorsport.Headquarters.Insights;

/// <summary>
/// The newest full state headquarters has of one thing a region owns, as the JSON of its contract state record. Keyed by
/// (region, kind, id) and replaced only by a higher version (<see cref="ReadModelStore"/>), so the read model converges
/// whatever the delivery order.
/// </summary>
public sealed class RegionalRecord
{
    public required string Region { get; init; }
    public required string Kind { get; init; }
    public Guid EntityId { get; init; }
    public long Version { get; set; }
    public required string State { get; set; }
    public DateTime ChangedAtUtc { get; set; }
}

/// <summary>When headquarters last applied anything from a region: the measure of how current its views of that region are.</summary>
public sealed class RegionFreshness
{
    public required string Region { get; init; }
    public DateTime LastMessageAtUtc { get; set; }
    public DateTime? LastChangeAtUtc { get; set; }
}

internal sealed class RegionalRecordConfiguration : IEntityTypeConfiguration<RegionalRecord>
{
    public void Configure(EntityTypeBuilder<RegionalRecord> record)
    {
        record.ToTable("regional_records");
        record.HasKey(r => new { r.Region, r.Kind, r.EntityId });
        record.Property(r => r.Region).HasMaxLength(40);
        record.Property(r => r.Kind).HasMaxLength(20);
        // Views count some kinds per region (drivers, teams) straight from the records.
        record.HasIndex(r => new { r.Kind, r.Region });
    }
}

internal sealed class RegionFreshnessConfiguration : IEntityTypeConfiguration<RegionFreshness>
{
    public void Configure(EntityTypeBuilder<RegionFreshness> freshness)
    {
        freshness.ToTable("region_freshness");
        freshness.HasKey(f => f.Region);
        freshness.Property(f => f.Region).HasMaxLength(40);
    }
}
