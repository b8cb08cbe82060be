using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Series;

/// <summary>A championship the region runs (a Carrera Cup, a Sprint Trophy…), with its classes, seasons and settings.</summary>
public sealed class RacingSeries : IVersioned
{
    public Guid Id { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>Settings: entries need certified engineers and mechanics on the car model (see <c>EntryEligibility</c>). On by default.</summary>
    public bool RequireCertifiedCrew { get; set; } = true;

    public List<SeriesClass> Classes { get; init; } = [];
    public List<Season> Seasons { get; init; } = [];
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public IEnumerable<SeriesClass> OrderedClasses => Classes.OrderBy(c => c.Position);

    public SeriesClass? FindClass(string code) => Classes.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    public SeriesChanged ToChanged(string region) => new(
        region,
        Id,
        Version,
        new SeriesState(
            Code,
            Name,
            OrderedClasses.Select(c => new SeriesClassState(c.Code, c.Name, c.MaxDriverAge)).ToList(),
            Seasons.OrderBy(s => s.Year).Select(s => new SeasonState(s.Id, s.Year, s.Name)).ToList(),
            new SeriesSettingsState(RequireCertifiedCrew)),
        UpdatedAtUtc);
}

/// <summary>A classification within a series (Pro, Pro-Am, Am, Rookie…); an entry runs in exactly one.</summary>
public sealed class SeriesClass
{
    public Guid SeriesId { get; init; }
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>When set, no driver of an entry in this class may be older on the event's first day (e.g. Rookie, Junior).</summary>
    public int? MaxDriverAge { get; set; }

    /// <summary>Display order, as the series lists its classes.</summary>
    public int Position { get; set; }
}

/// <summary>One year of a series; events and entrant licences belong to a season.</summary>
public sealed class Season
{
    public Guid Id { get; init; }
    public Guid SeriesId { get; init; }
    public int Year { get; init; }
    public required string Name { get; set; }
}

internal sealed class RacingSeriesConfiguration : IEntityTypeConfiguration<RacingSeries>
{
    public void Configure(EntityTypeBuilder<RacingSeries> series)
    {
        series.ToTable("series");
        series.HasKey(s => s.Id);
        series.Property(s => s.Id).ValueGeneratedNever();
        series.Property(s => s.Code).HasMaxLength(20);
        series.HasIndex(s => s.Code).IsUnique();
        series.Property(s => s.Name).HasMaxLength(120);
        series.Property(s => s.Version).IsConcurrencyToken();
        series.Ignore(s => s.OrderedClasses);
        series.HasMany(s => s.Classes).WithOne().HasForeignKey(c => c.SeriesId).OnDelete(DeleteBehavior.Cascade);
        series.HasMany(s => s.Seasons).WithOne().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SeriesClassConfiguration : IEntityTypeConfiguration<SeriesClass>
{
    public void Configure(EntityTypeBuilder<SeriesClass> seriesClass)
    {
        seriesClass.ToTable("series_classes");
        seriesClass.HasKey(c => new { c.SeriesId, c.Code });
        seriesClass.Property(c => c.Code).HasMaxLength(20);
        seriesClass.Property(c => c.Name).HasMaxLength(60);
    }
}

internal sealed class SeasonConfiguration : IEntityTypeConfiguration<Season>
{
    public void Configure(EntityTypeBuilder<Season> season)
    {
        season.ToTable("seasons");
        season.HasKey(s => s.Id);
        season.Property(s => s.Id).ValueGeneratedNever();
        season.Property(s => s.Name).HasMaxLength(120);
        season.HasIndex(s => new { s.SeriesId, s.Year }).IsUnique();
    }
}
