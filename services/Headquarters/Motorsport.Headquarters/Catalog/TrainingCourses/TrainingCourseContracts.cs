using System.ComponentModel.DataAnnotations;
using Motorsport.Contracts.Catalog;
using Motorsport.ServiceDefaults;

namespace Motorsport.Headquarters.Catalog.TrainingCourses;

/// <summary>The stable ids of the catalogue rules; a refused request names one in its ProblemDetails' <c>rule</c>.</summary>
public static class CatalogRules
{
    public const string CarModelNotActive = "car-model-not-active";
}

public sealed record CreateTrainingCourseRequest(
    [property: Required, StringLength(40, MinimumLength = 2), RegularExpression("^[A-Z0-9][A-Z0-9-]*$", ErrorMessage = "code must be upper-case letters, digits and dashes, e.g. ENG-992-GT3-R")] string? Code,
    [property: Required, StringLength(160, MinimumLength = 1)] string? Title,
    [property: Required, EnumValue<CrewRole>] string? Role,
    [property: Required, StringLength(40, MinimumLength = 2)] string? CarModelCode,
    [property: Required, StringLength(80, MinimumLength = 1)] string? Location,
    [property: Required, Range(1, 60)] int? DurationDays,
    [property: Required, Range(1, 200)] int? Capacity,
    [property: Required, Range(1, 120)] int? CertificateValidityMonths);

public sealed record UpdateTrainingCourseRequest(
    [property: Required, StringLength(160, MinimumLength = 1)] string? Title,
    [property: Required, EnumValue<CrewRole>] string? Role,
    [property: Required, StringLength(40, MinimumLength = 2)] string? CarModelCode,
    [property: Required, StringLength(80, MinimumLength = 1)] string? Location,
    [property: Required, Range(1, 60)] int? DurationDays,
    [property: Required, Range(1, 200)] int? Capacity,
    [property: Required, Range(1, 120)] int? CertificateValidityMonths,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record TrainingCourseQuery(
    [property: EnumValue<CrewRole>] string? Role,
    [property: StringLength(40)] string? CarModelCode,
    [property: EnumValue<CatalogStatus>] string? Status) : ICatalogQuery<TrainingCourse>
{
    public IQueryable<TrainingCourse> Filter(IQueryable<TrainingCourse> items)
    {
        if (Role is not null)
        {
            var role = Enum.Parse<CrewRole>(Role, ignoreCase: true);
            items = items.Where(c => c.Role == role);
        }

        return CarModelCode is null ? items : items.Where(c => c.CarModelCode == CarModelCode);
    }
}

public sealed record TrainingCourseResponse(
    Guid Id,
    string Code,
    string Title,
    CrewRole Role,
    string CarModelCode,
    string Location,
    int DurationDays,
    int Capacity,
    int CertificateValidityMonths,
    CatalogStatus Status,
    long Version,
    DateTime UpdatedAtUtc) : ICatalogResponse<TrainingCourse, TrainingCourseResponse>
{
    public static TrainingCourseResponse From(TrainingCourse course) => new(
        course.Id, course.Code, course.Title, course.Role, course.CarModelCode, course.Location, course.DurationDays,
        course.Capacity, course.CertificateValidityMonths, course.Status, course.Version, course.UpdatedAtUtc);
}
