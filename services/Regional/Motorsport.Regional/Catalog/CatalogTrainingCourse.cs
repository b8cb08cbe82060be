using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;

namespace Motorsport.Regional.Catalog;

/// <summary>This region's read-only copy of a headquarters training course, at the highest version received.</summary>
public sealed class CatalogTrainingCourse : ICatalogReplica<CatalogTrainingCourse, TrainingCourseChanged>
{
    public Guid Id { get; init; }
    public required string Code { get; set; }
    public required string Title { get; set; }
    public required string Role { get; set; }
    public required string CarModelCode { get; set; }
    public required string Location { get; set; }
    public int DurationDays { get; set; }
    public int Capacity { get; set; }
    public int CertificateValidityMonths { get; set; }
    public required string Status { get; set; }
    public long Version { get; set; }
    public DateTime ChangedAtUtc { get; set; }

    public bool IsActive => Status == nameof(CatalogStatus.Active);

    public static CatalogTrainingCourse From(TrainingCourseChanged changed)
    {
        var course = new CatalogTrainingCourse
        {
            Id = changed.TrainingCourseId,
            Code = changed.State.Code,
            Title = changed.State.Title,
            Role = changed.State.Role,
            CarModelCode = changed.State.CarModelCode,
            Location = changed.State.Location,
            Status = changed.State.Status,
        };
        course.Apply(changed);
        return course;
    }

    public void Apply(TrainingCourseChanged changed)
    {
        var state = changed.State;
        (Code, Title, Role, CarModelCode, Location, DurationDays, Capacity, CertificateValidityMonths, Status) =
            (state.Code, state.Title, state.Role, state.CarModelCode, state.Location, state.DurationDays, state.Capacity, state.CertificateValidityMonths, state.Status);
        Version = changed.Version;
        ChangedAtUtc = changed.ChangedAtUtc;
    }
}

internal sealed class CatalogTrainingCourseConfiguration : IEntityTypeConfiguration<CatalogTrainingCourse>
{
    public void Configure(EntityTypeBuilder<CatalogTrainingCourse> course)
    {
        course.ToTable("catalog_training_courses");
        course.HasKey(c => c.Id);
        course.Property(c => c.Id).ValueGeneratedNever();
        course.Property(c => c.Code).HasMaxLength(40);
        course.HasIndex(c => c.Code);
        course.Property(c => c.Title).HasMaxLength(160);
        course.Property(c => c.Role).HasMaxLength(20);
        course.Property(c => c.CarModelCode).HasMaxLength(40);
        course.HasIndex(c => c.CarModelCode);
        course.Property(c => c.Location).HasMaxLength(80);
        course.Property(c => c.Status).HasMaxLength(10);
        course.Property(c => c.Version).IsConcurrencyToken();
        course.Ignore(c => c.IsActive);
    }
}
