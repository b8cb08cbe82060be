using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Data;
using Motorsport.Regional.Teams;

namespace Motorsport.Regional.Training;

/// <summary>
/// A person's certificate in a role on a car model, issued when their enrolment passed. Role, car model and course are
/// copied from the course as it stood then, so a later change of the course at headquarters does not rewrite history.
/// </summary>
public sealed class Certificate : IVersioned
{
    public Guid Id { get; init; }
    public Guid EnrolmentId { get; init; }
    public Guid TeamId { get; init; }
    public Guid StaffMemberId { get; init; }
    public required string PersonName { get; init; }
    public CrewRole Role { get; init; }
    public required string CarModelCode { get; init; }
    public required string CourseCode { get; init; }
    public DateOnly PassedOn { get; init; }

    /// <summary>The first day it no longer counts (see <see cref="CertificateValidity"/>).</summary>
    public DateOnly ExpiresOn { get; init; }

    /// <summary>
    /// The day the office withdrew it: issued in error, or the holder's qualification was withdrawn. From then on it counts
    /// for nothing, for any date; entries accepted before stay as they are.
    /// </summary>
    public DateOnly? RevokedOn { get; set; }

    public string? RevocationReason { get; set; }

    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public CertificateChanged ToChanged(string region) => new(
        region,
        Id,
        Version,
        new CertificateState(TeamId, StaffMemberId, PersonName, Role.ToString(), CarModelCode, CourseCode, PassedOn, ExpiresOn, RevokedOn),
        UpdatedAtUtc);
}

public static class CrewCertificates
{
    /// <summary>
    /// The certificates a team can count on: those not revoked, of people still in its crew. Someone who left keeps their
    /// certificate on record (it names the team they trained for), but it no longer qualifies that team.
    /// </summary>
    public static IQueryable<Certificate> OfCurrentCrew(this RegionalDbContext db, Guid teamId) =>
        db.Certificates.Where(c => c.TeamId == teamId && c.RevokedOn == null
            && db.Set<TeamStaffMember>().Any(s => s.Id == c.StaffMemberId && s.TeamId == teamId));
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> certificate)
    {
        certificate.ToTable("certificates");
        certificate.HasKey(c => c.Id);
        certificate.Property(c => c.Id).ValueGeneratedNever();
        certificate.Property(c => c.PersonName).HasMaxLength(120);
        certificate.Property(c => c.Role).HasConversion<string>().HasMaxLength(20);
        certificate.Property(c => c.CarModelCode).HasMaxLength(40);
        certificate.Property(c => c.CourseCode).HasMaxLength(40);
        certificate.Property(c => c.RevocationReason).HasMaxLength(300);
        certificate.Property(c => c.Version).IsConcurrencyToken();
        certificate.HasIndex(c => new { c.TeamId, c.CarModelCode });
        // One-to-one: EF makes the EnrolmentId index unique, so an enrolment can never be certified twice.
        certificate.HasOne<Enrolment>().WithOne(e => e.Certificate).HasForeignKey<Certificate>(c => c.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
