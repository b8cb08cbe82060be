using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Data;
using Motorsport.Regional.Series;

namespace Motorsport.Regional.Teams;

/// <summary>A customer team registered with the regional office, with its entrant licences and its crew.</summary>
public sealed class Team : IVersioned
{
    public Guid Id { get; init; }
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2, e.g. DE, US, AU.</summary>
    public required string Country { get; set; }

    public List<EntrantLicence> Licences { get; init; } = [];
    public List<TeamStaffMember> Staff { get; init; } = [];
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public TeamChanged ToChanged(string region) => new(
        region,
        Id,
        Version,
        new TeamState(
            Name,
            Country,
            Licences.OrderBy(l => l.Id).Select(l => new EntrantLicenceState(l.Id, l.SeriesId, l.SeasonId, l.Number, l.CarsAllowed)).ToList(),
            Staff.OrderBy(s => s.Id).Select(s => new TeamStaffMemberState(s.Id, s.Name, s.Role.ToString())).ToList()),
        UpdatedAtUtc);
}

/// <summary>
/// The right to enter a series' season: up to <see cref="CarsAllowed"/> cars in each of its events. A team may hold several
/// licences for one season; their allowances add up.
/// </summary>
public sealed class EntrantLicence
{
    public Guid Id { get; init; }
    public Guid TeamId { get; init; }
    public Guid SeriesId { get; init; }
    public Guid SeasonId { get; init; }
    public required string Number { get; init; }
    public int CarsAllowed { get; set; }
}

/// <summary>A person of the team's crew; training certificates will refer to them by id.</summary>
public sealed class TeamStaffMember
{
    public Guid Id { get; init; }
    public Guid TeamId { get; init; }
    public required string Name { get; set; }
    public CrewRole Role { get; set; }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.ToTable("teams");
        team.HasKey(t => t.Id);
        team.Property(t => t.Id).ValueGeneratedNever();
        team.Property(t => t.Name).HasMaxLength(120);
        team.HasIndex(t => t.Name).IsUnique();
        team.Property(t => t.Country).HasMaxLength(2);
        team.Property(t => t.Version).IsConcurrencyToken();
        team.HasMany(t => t.Licences).WithOne().HasForeignKey(l => l.TeamId).OnDelete(DeleteBehavior.Cascade);
        team.HasMany(t => t.Staff).WithOne().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EntrantLicenceConfiguration : IEntityTypeConfiguration<EntrantLicence>
{
    public void Configure(EntityTypeBuilder<EntrantLicence> licence)
    {
        licence.ToTable("entrant_licences");
        licence.HasKey(l => l.Id);
        licence.Property(l => l.Id).ValueGeneratedNever();
        licence.Property(l => l.Number).HasMaxLength(40);
        licence.HasIndex(l => new { l.SeasonId, l.Number }).IsUnique();
        licence.HasOne<RacingSeries>().WithMany().HasForeignKey(l => l.SeriesId).OnDelete(DeleteBehavior.Restrict);
        licence.HasOne<Season>().WithMany().HasForeignKey(l => l.SeasonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TeamStaffMemberConfiguration : IEntityTypeConfiguration<TeamStaffMember>
{
    public void Configure(EntityTypeBuilder<TeamStaffMember> staff)
    {
        staff.ToTable("team_staff");
        staff.HasKey(s => s.Id);
        staff.Property(s => s.Id).ValueGeneratedNever();
        staff.Property(s => s.Name).HasMaxLength(120);
        staff.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
    }
}
