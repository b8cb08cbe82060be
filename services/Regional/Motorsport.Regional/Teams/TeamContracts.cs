using Motorsport.Contracts.Catalog;
using System.ComponentModel.DataAnnotations;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Teams;

public sealed record CreateTeamRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, CountryCode] string? Country);

public sealed record UpdateTeamRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, CountryCode] string? Country,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record AddLicenceRequest(
    [property: Required] Guid? SeasonId,
    [property: Required, StringLength(40, MinimumLength = 1), RegularExpression(@"^\s*\S[\s\S]*$", ErrorMessage = "number must not be blank")] string? Number,
    [property: Required, Range(1, 20)] int? CarsAllowed,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record UpdateLicenceRequest(
    [property: Required, Range(1, 20)] int? CarsAllowed,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record StaffMemberRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, EnumValue<CrewRole>] string? Role,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record TeamQuery(Guid? SeriesId, Guid? SeasonId, [property: StringLength(120)] string? Name);

public sealed record LicenceResponse(Guid Id, Guid SeriesId, Guid SeasonId, string Number, int CarsAllowed);

public sealed record StaffMemberResponse(Guid Id, string Name, CrewRole Role);

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
