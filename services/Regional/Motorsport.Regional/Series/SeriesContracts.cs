using System.ComponentModel.DataAnnotations;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Series;

public sealed record SeriesClassRequest(
    [property: Required, StringLength(20, MinimumLength = 1), RegularExpression("^[A-Za-z0-9][A-Za-z0-9 -]*$", ErrorMessage = "code must be letters, digits, spaces and dashes, e.g. Pro-Am")] string? Code,
    [property: StringLength(60)] string? Name,
    [property: Range(10, 99)] int? MaxDriverAge);

public sealed record SeriesSettingsRequest(bool? RequireCertifiedCrew);

public sealed record CreateSeriesRequest(
    [property: Required, StringLength(20, MinimumLength = 2), RegularExpression("^[A-Z0-9][A-Z0-9-]*$", ErrorMessage = "code must be upper-case letters, digits and dashes, e.g. CCA")] string? Code,
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, MinLength(1), MaxLength(12), NoNullItems] IReadOnlyList<SeriesClassRequest>? Classes,
    SeriesSettingsRequest? Settings);

public sealed record UpdateSeriesRequest(
    [property: Required, StringLength(120, MinimumLength = 1)] string? Name,
    [property: Required, MinLength(1), MaxLength(12), NoNullItems] IReadOnlyList<SeriesClassRequest>? Classes,
    SeriesSettingsRequest? Settings,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record AddSeasonRequest(
    [property: Required, Range(2000, 2100)] int? Year,
    [property: StringLength(120)] string? Name,
    [property: Required] long? Version) : IVersionedRequest;

public sealed record SeriesQuery([property: StringLength(20, MinimumLength = 1)] string? Code);

public sealed record SeriesClassResponse(string Code, string Name, int? MaxDriverAge);

public sealed record SeasonResponse(Guid Id, int Year, string Name);

/// <summary><see cref="RequireCertifiedCrew"/>: entries need a certified engineer and mechanic on the car model.</summary>
public sealed record SeriesSettingsResponse(bool RequireCertifiedCrew);

public sealed record SeriesResponse(
    Guid Id,
    string Code,
    string Name,
    IReadOnlyList<SeriesClassResponse> Classes,
    IReadOnlyList<SeasonResponse> Seasons,
    SeriesSettingsResponse Settings,
    long Version,
    DateTime UpdatedAtUtc)
{
    public static SeriesResponse From(RacingSeries series) => new(
        series.Id,
        series.Code,
        series.Name,
        series.OrderedClasses.Select(c => new SeriesClassResponse(c.Code, c.Name, c.MaxDriverAge)).ToList(),
        series.Seasons.OrderBy(s => s.Year).Select(s => new SeasonResponse(s.Id, s.Year, s.Name)).ToList(),
        new SeriesSettingsResponse(series.RequireCertifiedCrew),
        series.Version,
        series.UpdatedAtUtc);
}
