namespace Motorsport.Contracts.Regional;

/// <summary>A class of a series (Pro, Pro-Am, Am, Rookie…); <see cref="MaxDriverAge"/>, when set, limits every driver's age.</summary>
public sealed record SeriesClassState(string Code, string Name, int? MaxDriverAge);

public sealed record SeasonState(Guid SeasonId, int Year, string Name);

/// <summary>
/// Per-series switches. <see cref="RequireCertifiedCrew"/> asks for certified engineers and mechanics on an entry's car
/// model, each certificate valid through the event.
/// </summary>
public sealed record SeriesSettingsState(bool RequireCertifiedCrew);

/// <summary>Full state of one series with its classes, seasons and settings.</summary>
public sealed record SeriesState(
    string Code,
    string Name,
    IReadOnlyList<SeriesClassState> Classes,
    IReadOnlyList<SeasonState> Seasons,
    SeriesSettingsState Settings);

/// <summary>Published by a region on every change of a series (its classes, seasons and settings included).</summary>
public sealed record SeriesChanged(string Region, Guid SeriesId, long Version, SeriesState State, DateTime ChangedAtUtc) : IRegionalChange<SeriesState>
{
    Guid IRegionalChange.Id => SeriesId;
}
