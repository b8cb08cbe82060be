using System.ComponentModel.DataAnnotations;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Teams;

internal static class CountryCode
{
    public const string Pattern = "^[A-Z]{2}$";
    public const string Message = "must be an ISO 3166-1 alpha-2 code in capitals, e.g. DE";
}

public sealed record CreateTeamRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, RegularExpression(CountryCode.Pattern, ErrorMessage = CountryCode.Message)] string? Country);

public sealed record UpdateTeamRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, RegularExpression(CountryCode.Pattern, ErrorMessage = CountryCode.Message)] string? Country,
    [property: Required] long? Version);

public sealed record AddLicenceRequest(
    [property: Required] Guid? SeasonId,
    [property: Required, StringLength(40, MinimumLength = 1)] string? Number,
    [property: Required, Range(1, 20)] int? CarsAllowed,
    [property: Required] long? Version);

public sealed record UpdateLicenceRequest(
    [property: Required, Range(1, 20)] int? CarsAllowed,
    [property: Required] long? Version);

public sealed record StaffMemberRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, EnumValue<StaffRole>] string? Role,
    [property: Required] long? Version);

public sealed record TeamQuery(Guid? SeriesId, Guid? SeasonId, [property: StringLength(120)] string? Name);

public sealed record LicenceResponse(Guid Id, Guid SeriesId, Guid SeasonId, string Number, int CarsAllowed);

public sealed record StaffMemberResponse(Guid Id, string Name, StaffRole Role);

public sealed record TeamResponse(
    Guid Id,
    string Name,
    string Country,
    IReadOnlyList<LicenceResponse> Licences,
    IReadOnlyList<StaffMemberResponse> Staff,
    long Version,
    DateTime UpdatedAtUtc)
{
    public static TeamResponse From(Team team) => new(
        team.Id,
        team.Name,
        team.Country,
        team.Licences.OrderBy(l => l.Id).Select(l => new LicenceResponse(l.Id, l.SeriesId, l.SeasonId, l.Number, l.CarsAllowed)).ToList(),
        team.Staff.OrderBy(s => s.Id).Select(s => new StaffMemberResponse(s.Id, s.Name, s.Role)).ToList(),
        team.Version,
        team.UpdatedAtUtc);
}
