using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Motorsport.Contracts.Catalog;
using Motorsport.Data;
using Motorsport.Headquarters.Catalog.CarModels;

namespace Motorsport.Headquarters.Catalog.TrainingCourses;

/// <summary>A course headquarters offers on one car model; regions schedule sessions of it and certify those who pass.</summary>
public sealed class TrainingCourse : ICatalogEntry
{
    public Guid Id { get; init; }
    public required string Code { get; init; }
    public required string Title { get; set; }
    public CrewRole Role { get; set; }

    /// <summary>By code, not id: regions match certificates to their cars' model codes.</summary>
    public required string CarModelCode { get; set; }

    /// <summary>"Factory" or a regional base's name; free text because bases come and go without a code change.</summary>
    public required string Location { get; set; }
    public int DurationDays { get; set; }
    public int Capacity { get; set; }
    public int CertificateValidityMonths { get; set; }
    public CatalogStatus Status { get; set; }

    /// <summary>Grows by one with every change; the optimistic-concurrency token and the version regions compare.</summary>
    public long Version { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    public TrainingCourseChanged ToChanged() => new(
        Id,
        Version,
        new TrainingCourseState(Code, Title, Role.ToString(), CarModelCode, Location, DurationDays, Capacity, CertificateValidityMonths, Status.ToString()),
        UpdatedAtUtc);
}

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> course)
    {
        course.ToTable("training_courses");
        course.HasKey(c => c.Id);
        course.Property(c => c.Id).ValueGeneratedNever();
        course.Property(c => c.Code).HasMaxLength(40);
        course.HasIndex(c => c.Code).IsUnique();
        course.Property(c => c.Title).HasMaxLength(160);
        course.Property(c => c.Role).HasConversion<string>().HasMaxLength(20);
        course.Property(c => c.CarModelCode).HasMaxLength(40);
        course.HasIndex(c => c.CarModelCode);
        course.Property(c => c.Location).HasMaxLength(80);
        course.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        course.Property(c => c.Version).IsConcurrencyToken();
    }
}
