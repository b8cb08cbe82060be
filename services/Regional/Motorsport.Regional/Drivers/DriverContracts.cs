using System.ComponentModel.DataAnnotations;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Drivers;

public sealed record CreateDriverRequest(
    [property: Required, StringLength(60, MinimumLength = 1)] string? FirstName,
    [property: Required, StringLength(60, MinimumLength = 1)] string? LastName,
    [property: Required, CountryCode] string? Nationality,
    [property: Required] DateOnly? DateOfBirth,
    [property: Required, EnumValue<FiaGrade>] string? FiaGrade);

public sealed record UpdateDriverRequest(
    [property: Required, StringLength(60, MinimumLength = 1)] string? FirstName,
    [property: Required, StringLength(60, MinimumLength = 1)] string? LastName,
    [property: Required, CountryCode] string? Nationality,
    [property: Required] DateOnly? DateOfBirth,
    [property: Required, EnumValue<FiaGrade>] string? FiaGrade,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record DriverQuery(
    [property: RegularExpression("^[A-Z]{2}$")] string? Nationality,
    [property: EnumValue<FiaGrade>] string? FiaGrade,
    [property: StringLength(60)] string? Name);

public sealed record DriverResponse(
    Guid Id, string FirstName, string LastName, string Nationality, DateOnly DateOfBirth, FiaGrade FiaGrade, long Version, DateTime UpdatedAtUtc)
{
    public static DriverResponse From(Driver driver) => new(
        driver.Id, driver.FirstName, driver.LastName, driver.Nationality, driver.DateOfBirth, driver.FiaGrade, driver.Version, driver.UpdatedAtUtc);
}
