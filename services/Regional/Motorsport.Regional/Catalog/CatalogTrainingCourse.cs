using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;

namespace Motorsport.Regional.Catalog;

/// <summary>This region's read-only copy of a headquarters training course, at the highest version received.</summary>
public sealed class CatalogTrainingCourse : CatalogReplica<TrainingCourseState>
{
    public string Title { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string CarModelCode { get; private set; } = "";
    public string Location { get; private set; } = "";
    public int DurationDays { get; private set; }
    public int Capacity { get; private set; }
    public int CertificateValidityMonths { get; private set; }

    protected override void Copy(TrainingCourseState state) =>
        (Code, Title, Role, CarModelCode, Location, DurationDays, Capacity, CertificateValidityMonths, Status) =
            (state.Code, state.Title, state.Role, state.CarModelCode, state.Location, state.DurationDays, state.Capacity, state.CertificateValidityMonths, state.Status);
}

internal sealed class CatalogTrainingCourseConfiguration() : CatalogReplicaConfiguration<CatalogTrainingCourse, TrainingCourseState>("catalog_training_courses")
{
    protected override void ConfigureFields(EntityTypeBuilder<CatalogTrainingCourse> course)
    {
        course.Property(c => c.Title).HasMaxLength(160);
        course.Property(c => c.Role).HasMaxLength(20);
        course.Property(c => c.CarModelCode).HasMaxLength(40);
        course.HasIndex(c => c.CarModelCode);
        course.Property(c => c.Location).HasMaxLength(80);
    }
}
