namespace Motorsport.WebApp.Components.Pages.Headquarters;

/// <summary>The car-model form as typed: bound back from the post, so a refused submit shows exactly what was typed.</summary>
public sealed class CarModelForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Category { get; set; } = "GT3";
    public string? Generation { get; set; }
    public int? ModelYear { get; set; }
    public string? Engine { get; set; }
    public int? PowerKw { get; set; }
    public DateOnly? HomologationValidUntil { get; set; }
    public long? Version { get; set; }

    public static readonly string[] Categories = ["Cup", "GT3", "GT4", "GT2", "LMGT3"];

    public static readonly string[] Fields = ["code", "name", "category", "generation", "modelYear", "engine", "powerKw", "homologationValidUntil", "version", "status"];

    public Api.CarModelRequest ToRequest() => new(Code?.Trim(), Name, Category, Generation, ModelYear, Engine, PowerKw, HomologationValidUntil, Version);

    public static CarModelForm From(Api.CarModel model) => new()
    {
        Code = model.Code, Name = model.Name, Category = model.Category, Generation = model.Generation, ModelYear = model.ModelYear,
        Engine = model.Engine, PowerKw = model.PowerKw, HomologationValidUntil = model.HomologationValidUntil, Version = model.Version,
    };
}

/// <summary>The training-course form as typed.</summary>
public sealed class TrainingCourseForm
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Role { get; set; } = "Mechanic";
    public string? CarModelCode { get; set; }
    public string? Location { get; set; } = "Factory";
    public int? DurationDays { get; set; }
    public int? Capacity { get; set; }
    public int? CertificateValidityMonths { get; set; }
    public long? Version { get; set; }

    public static readonly string[] Roles = ["Engineer", "Mechanic", "TeamManager"];

    public static readonly string[] Fields = ["code", "title", "role", "carModelCode", "location", "durationDays", "capacity", "certificateValidityMonths", "version", "status"];

    public Api.TrainingCourseRequest ToRequest() => new(Code?.Trim(), Title, Role, CarModelCode?.Trim(), Location, DurationDays, Capacity, CertificateValidityMonths, Version);

    public static TrainingCourseForm From(Api.TrainingCourse course) => new()
    {
        Code = course.Code, Title = course.Title, Role = course.Role, CarModelCode = course.CarModelCode, Location = course.Location,
        DurationDays = course.DurationDays, Capacity = course.Capacity, CertificateValidityMonths = course.CertificateValidityMonths, Version = course.Version,
    };
}
