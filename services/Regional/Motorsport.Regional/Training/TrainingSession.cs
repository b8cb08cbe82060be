using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Data;
using Motorsport.Regional.Catalog;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Training;

/// <summary>
/// One running of a catalogue course held by this region: its dates, venue, trainer and seats. Dates are the venue's local
/// dates.
/// </summary>
public sealed class TrainingSession : IVersioned
{
    public Guid Id { get; init; }

    /// <summary>The headquarters id of the course, as the region's catalogue replica holds it.</summary>
    public Guid CourseId { get; init; }

    public CatalogTrainingCourse Course { get; init; } = null!;
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public required string Venue { get; set; }
    public required string Trainer { get; set; }
    public int Capacity { get; set; }

    /// <summary>
    /// Enrolments holding a seat (see <see cref="SessionCapacity"/>). Only ever changed by one conditional UPDATE in the
    /// database, never written from a loaded entity, so two requests for the last seat cannot both take it. It is a counter
    /// kept by the enrolments, not part of the session's own state: taking a seat does not change <see cref="Version"/>, and
    /// an office editing the session is not turned away because someone enrolled meanwhile.
    /// </summary>
    public int SeatsTaken { get; init; }

    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> session)
    {
        session.ToTable("training_sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).ValueGeneratedNever();
        session.Property(s => s.Venue).HasMaxLength(120);
        session.Property(s => s.Trainer).HasMaxLength(120);
        session.Property(s => s.Version).IsConcurrencyToken();
        session.HasIndex(s => new { s.CourseId, s.StartDate });
        session.HasIndex(s => s.StartDate);
        session.HasOne(s => s.Course).WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
    }
}
