using Motorsport.Contracts.Regional;

namespace Motorsport.WebApp.Api;

// The web app's view of headquarters' answers: the fields its pages show, by the names the API writes.

public sealed record RegionStatus(string Region, DateTime? LastMessageAtUtc, DateTime? LastChangeAtUtc, bool Stale);

public sealed record InsightsView<TItem>(IReadOnlyList<RegionStatus> Regions, IReadOnlyList<TItem> Items);

public sealed record InsightsPage<TItem>(IReadOnlyList<RegionStatus> Regions, IReadOnlyList<TItem> Items, int Page, int PageSize, int TotalCount);

public sealed record RegionOverview(
    string Region, bool Stale, int Teams, int Drivers, int Cars, IReadOnlyDictionary<string, int> CarsPerModel, int UpcomingEvents, int Entries);

public sealed record CalendarEvent(
    string Region, bool RegionStale, Guid EventId, string Name, string Series, string Circuit, DateOnly StartDate, DateOnly EndDate,
    string TimeZone, DateTimeOffset StartsAt, DateTime StartsAtUtc, string Status);

public sealed record CarModelUsage(string CarModelCode, int Cars, int Entries, IReadOnlyList<CarModelRegionUsage> Regions);

public sealed record CarModelRegionUsage(string Region, bool Stale, int Cars, int Entries);

public sealed record TeamCompliance(string Region, bool RegionStale, Guid TeamId, string Team, bool Compliant, IReadOnlyList<ModelCompliance> CarModels);

public sealed record ModelCompliance(string CarModelCode, bool CertifiedEngineer, bool CertifiedMechanic);

public sealed record SeasonStandings(
    string Region, bool RegionStale, Guid SeriesId, string SeriesCode, string Series, Guid SeasonId, int? Year, bool Provisional,
    IReadOnlyList<StandingsTableState> Tables);

public sealed record CarModel(
    string Code, string Name, string Category, string Generation, int ModelYear, string Engine, int PowerKw, DateOnly? HomologationValidUntil,
    string Status, long Version);

public sealed record TrainingCourse(
    string Code, string Title, string Role, string CarModelCode, string Location, int DurationDays, int Capacity, int CertificateValidityMonths,
    string Status, long Version);

/// <summary>What the catalogue forms send: one shape for create and update (an update carries <see cref="Version"/>, not <see cref="Code"/>).</summary>
public sealed record CarModelRequest(
    string? Code, string? Name, string? Category, string? Generation, int? ModelYear, string? Engine, int? PowerKw, DateOnly? HomologationValidUntil, long? Version);

public sealed record TrainingCourseRequest(
    string? Code, string? Title, string? Role, string? CarModelCode, string? Location, int? DurationDays, int? Capacity, int? CertificateValidityMonths,
    long? Version);
