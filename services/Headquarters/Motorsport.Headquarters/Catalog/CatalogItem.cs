using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;

namespace Motorsport.Headquarters.Catalog;

/// <summary>
/// What every item of headquarters' catalogue is: known to the regions by its code, active or retired, and versioned, each
/// version published for the regions to replicate.
/// </summary>
public abstract class CatalogItem : IVersioned
{
    public Guid Id { get; private set; }
    public required string Code { get; init; }
    public CatalogStatus Status { get; set; }

    /// <summary>Grows by one with every change; the optimistic-concurrency token and the version regions compare.</summary>
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Makes a new item the first version of itself: active, with a time-ordered id.</summary>
    public void Begin(TimeProvider time)
    {
        var now = time.GetUtcNow();
        Id = Guid.CreateVersion7(now);
        Status = CatalogStatus.Active;
        Version = 1;
        UpdatedAtUtc = now.UtcDateTime;
    }
}

/// <summary>A kind of catalogue item: what people call it, and the message that tells the regions its current version.</summary>
public interface ICatalogItem<out TChanged>
{
    static abstract string Kind { get; }

    TChanged ToChanged();
}

/// <summary>The columns every catalogue item has: codes are unique, statuses stored by name; each kind adds its own.</summary>
internal abstract class CatalogItemConfiguration<TItem>(string table) : IEntityTypeConfiguration<TItem>
    where TItem : CatalogItem
{
    public void Configure(EntityTypeBuilder<TItem> item)
    {
        item.ToTable(table);
        item.HasKey(i => i.Id);
        item.Property(i => i.Id).ValueGeneratedNever();
        item.Property(i => i.Code).HasMaxLength(40);
        item.HasIndex(i => i.Code).IsUnique();
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(10);
        item.Property(i => i.Version).IsConcurrencyToken();
        ConfigureFields(item);
    }

    protected abstract void ConfigureFields(EntityTypeBuilder<TItem> item);
}
