using System.ComponentModel.DataAnnotations;

namespace Motorsport.Regional.Cars;

public sealed record CreateCarRequest(
    [property: Required, StringLength(40, MinimumLength = 3), RegularExpression("^[A-Z0-9][A-Z0-9-]*$", ErrorMessage = "chassisNumber must be upper-case letters, digits and dashes, e.g. WP0ZZZ99ZPS123456")] string? ChassisNumber,
    [property: Required, StringLength(40, MinimumLength = 1)] string? CarModelCode,
    [property: Required] Guid? TeamId);

/// <summary>The chassis number identifies the car and never changes; its owner may (the car is sold), and a wrongly recorded model may be corrected.</summary>
public sealed record UpdateCarRequest(
    [property: Required, StringLength(40, MinimumLength = 1)] string? CarModelCode,
    [property: Required] Guid? TeamId,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record CarQuery(Guid? TeamId, [property: StringLength(40, MinimumLength = 1)] string? CarModelCode);

public sealed record CarResponse(
    Guid Id, string ChassisNumber, Guid CarModelId, string CarModelCode, string CarModelName, Guid TeamId, long Version, DateTime UpdatedAtUtc)
{
    public static CarResponse From(Car car) => new(
        car.Id, car.ChassisNumber, car.CarModelId, car.CarModel.Code, car.CarModel.Name, car.TeamId, car.Version, car.UpdatedAtUtc);
}
