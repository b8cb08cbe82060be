using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;

namespace Motorsport.Headquarters.Catalog.TrainingCourses;

/// <summary>A course headquarters offers on one car model; regions schedule sessions of it and certify those who pass.</summary>
public sealed class TrainingCourse : CatalogItem, ICatalogItem<TrainingCourseChanged>
{
    public static string Kind => "training course";

    public required string Title { get; set; }
    public CrewRole Role { get; set; }

    /// <summary>By code, not id: regions match certificates to their cars' model codes.</summary>
    public required string CarModelCode { get; set; }

    /// <summary>"Factory" or a regional base's name; free text because bases come and go without a code change.</summary>
    public required string Location { get; set; }
    public int DurationDays { get; set; }
    public int Capacity { get; set; }
    public int CertificateValidityMonths { get; set; }

    public TrainingCourseChanged ToChanged() => new(
        Id,
        Version,
        new TrainingCourseState(Code, Title, Role.ToString(), CarModelCode, Location, DurationDays, Capacity, CertificateValidityMonths, Status.ToString()),
        UpdatedAtUtc);
}

internal sealed class TrainingCourseConfiguration() : CatalogItemConfiguration<TrainingCourse>("training_courses")
{
    protected override void ConfigureFields(EntityTypeBuilder<TrainingCourse> course)
    {
        course.Property(c => c.Title).HasMaxLength(160);
        course.Property(c => c.Role).HasConversion<string>().HasMaxLength(20);
        course.Property(c => c.CarModelCode).HasMaxLength(40);
        course.HasIndex(c => c.CarModelCode);
        course.Property(c => c.Location).HasMaxLength(80);
    }
}
