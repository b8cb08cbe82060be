using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Events;

/// <summary>An engineer of the regional office, assigned to events as support or performance engineer.</summary>
public sealed class RegionalEngineer : IVersioned
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public string? Email { get; set; }
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public EngineerChanged ToChanged(string region) => new(region, Id, Version, new EngineerState(Name, Email), UpdatedAtUtc);
}

internal sealed class RegionalEngineerConfiguration : IEntityTypeConfiguration<RegionalEngineer>
{
    public void Configure(EntityTypeBuilder<RegionalEngineer> engineer)
    {
        engineer.ToTable("engineers");
        engineer.HasKey(e => e.Id);
        engineer.Property(e => e.Id).ValueGeneratedNever();
        engineer.Property(e => e.Name).HasMaxLength(120);
        engineer.Property(e => e.Email).HasMaxLength(200);
        engineer.Property(e => e.Version).IsConcurrencyToken();
    }
}
