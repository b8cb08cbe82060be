using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Regional.Data;
using Motorsport.Regional.Teams;

namespace Motorsport.Regional.Training;

/// <summary>
/// One person of a team's crew in one training session. <see cref="StaffMemberId"/> has no foreign key: a team may let the
/// person go, and the training record stays; <see cref="PersonName"/> keeps the name as it was on enrolment.
/// </summary>
public sealed class Enrolment : IVersioned
{
    public Guid Id { get; init; }
    public Guid SessionId { get; init; }
    public Guid TeamId { get; init; }
    public Guid StaffMemberId { get; init; }
    public required string PersonName { get; init; }
    public EnrolmentStatus Status { get; set; }

    /// <summary>Issued when the enrolment passed; null before and for any other outcome.</summary>
    public Certificate? Certificate { get; set; }

    public DateTime CreatedAtUtc { get; init; }
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public EnrolmentChanged ToChanged(string region) =>
        new(region, Id, Version, new EnrolmentState(SessionId, TeamId, StaffMemberId, PersonName, Status.ToString()), UpdatedAtUtc);
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> enrolment)
    {
        enrolment.ToTable("training_enrolments");
        enrolment.HasKey(e => e.Id);
        enrolment.Property(e => e.Id).ValueGeneratedNever();
        enrolment.Property(e => e.PersonName).HasMaxLength(120);
        enrolment.Property(e => e.Status).HasConversion<string>().HasMaxLength(10);
        enrolment.Property(e => e.Version).IsConcurrencyToken();
        // The database, not the check in code, keeps a person to one live enrolment per session: two requests sent at the same
        // moment both pass the check. Cancelled ones stay out so a person can enrol again after cancelling.
        enrolment.HasIndex(e => new { e.SessionId, e.StaffMemberId }).IsUnique().HasFilter("\"Status\" <> 'Cancelled'");
        enrolment.HasOne<TrainingSession>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Restrict);
        enrolment.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
