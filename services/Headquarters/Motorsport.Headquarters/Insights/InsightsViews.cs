using System.Text.Json;
using System.Text.Json.Serialization;
using Motorsport.Contracts.Regional;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.Json;

namespace Motorsport.Headquarters.Insights;

/// <summary>How many of something a region has.</summary>
public sealed record RegionCount(string Region, int Count);

/// <summary>How many of something a region has per car model.</summary>
public sealed record ModelCount(string Region, string CarModelCode, int Count);

/// <summary>How many of something a region has per status.</summary>
public sealed record StatusCount(string Region, string Status, int Count);

/// <summary>How many scheduled events of a region end on one date at circuits of one time zone.</summary>
public sealed record EventEnds(string Region, string TimeZone, DateOnly EndDate, int Count);

/// <summary>An event of the calendar with the name of its series, if headquarters has heard of the series.</summary>
/// <remarks>Initialised by members, not a constructor, so the database can order by what the reader's query selects.</remarks>
public sealed record CalendarRow
{
    public required EventRow Event { get; init; }

    public string? Series { get; init; }
}

/// <summary>A team running cars.</summary>
public sealed record TeamRunning(string Region, Guid TeamId, string Name);

/// <summary>A car model a team runs and whether a certificate valid today holds each crew role for it.</summary>
public sealed record TeamModelCertification(string Region, Guid TeamId, string CarModelCode, bool CertifiedEngineer, bool CertifiedMechanic);

/// <summary>A season's standings with the series they belong to, if headquarters has heard of it.</summary>
public sealed record StandingsSource(StandingsRow Standings, SeriesRow? Series);

public sealed record RegionStatus(string Region, DateTime? LastMessageAtUtc, DateTime? LastChangeAtUtc, bool Stale);

/// <summary>Every view says how current each region's part of it is, so a region that went quiet is visible as such.</summary>
public sealed record InsightsView<TItem>(IReadOnlyList<RegionStatus> Regions, IReadOnlyList<TItem> Items);

/// <summary>A page of a view that grows with the organisation (events, teams, seasons), in the view's order.</summary>
public sealed record InsightsPage<TItem>(IReadOnlyList<RegionStatus> Regions, IReadOnlyList<TItem> Items, int Page, int PageSize, int TotalCount);

public sealed record RegionOverview(
    string Region, bool Stale, int Teams, int Drivers, int Cars, IReadOnlyDictionary<string, int> CarsPerModel, int UpcomingEvents, int Entries);

public sealed record CalendarEvent(
    string Region, bool RegionStale, Guid EventId, string Name, string Series, string Circuit, DateOnly StartDate, DateOnly EndDate,
    string TimeZone, DateTimeOffset StartsAt, DateTime StartsAtUtc, string Status);

/// <summary>A region's training enrolments, counted by status.</summary>
public sealed record RegionTraining(string Region, bool Stale, IReadOnlyDictionary<string, int> EnrolmentsByStatus);

public sealed record CarModelUsage(string CarModelCode, int Cars, int Entries, IReadOnlyList<CarModelRegionUsage> Regions);

public sealed record CarModelRegionUsage(string Region, bool Stale, int Cars, int Entries);

public sealed record TeamCompliance(string Region, bool RegionStale, Guid TeamId, string Team, bool Compliant, IReadOnlyList<ModelCompliance> CarModels);

/// <summary>Whether a team has, today, a valid certificate in each crew role for a model it runs.</summary>
public sealed record ModelCompliance(string CarModelCode, bool CertifiedEngineer, bool CertifiedMechanic);

public sealed record SeasonStandings(
    string Region, bool RegionStale, Guid SeriesId, string SeriesCode, string Series, Guid SeasonId, int? Year, bool Provisional,
    [property: JsonConverter(typeof(StoredJsonListConverter<StandingsTableState>))] IReadOnlyList<StandingsTableState> Tables);

/// <summary>
/// The aggregated views of headquarters, composed without I/O from what <see cref="InsightsReader"/> queried from the
/// projections: counts, rows and the regions' freshness.
/// </summary>
public sealed class InsightsViews(IReadOnlyList<RegionFreshness> freshness, DateTime nowUtc, TimeSpan staleAfter)
{
    public IReadOnlyList<RegionStatus> Regions { get; } = freshness
        .OrderBy(f => f.Region, StringComparer.Ordinal)
        .Select(f => new RegionStatus(f.Region, f.LastMessageAtUtc, f.LastChangeAtUtc, nowUtc - f.LastMessageAtUtc > staleAfter))
        .ToList();

    /// <summary>The date certificates are checked on: a certificate counts from the day it was passed until the day before it expires.</summary>
    public DateOnly Today => DateOnly.FromDateTime(nowUtc);

    /// <summary>No circuit's local date is more than a day behind UTC's, so an event ending before this date is over everywhere.</summary>
    public DateOnly EarliestUpcomingEnd => Today.AddDays(-1);

    public InsightsView<RegionOverview> Overview(
        IReadOnlyList<RegionCount> teams, IReadOnlyList<RegionCount> drivers, IReadOnlyList<ModelCount> cars, IReadOnlyList<ModelCount> entries,
        IReadOnlyList<EventEnds> scheduled) => View(RegionNames().Select(region =>
    {
        var regionCars = cars.Where(c => c.Region == region).ToList();
        return new RegionOverview(
            region,
            IsStale(region),
            teams.Where(t => t.Region == region).Sum(t => t.Count),
            drivers.Where(d => d.Region == region).Sum(d => d.Count),
            regionCars.Sum(c => c.Count),
            regionCars.GroupBy(c => c.CarModelCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)),
            scheduled.Where(e => e.Region == region && e.EndDate >= LocalToday(e.TimeZone)).Sum(e => e.Count),
            entries.Where(e => e.Region == region).Sum(e => e.Count));
    }));

    /// <summary>An event as the calendar shows it, at its circuit's time and in UTC.</summary>
    public CalendarEvent CalendarEvent(CalendarRow row)
    {
        var e = row.Event;
        var startsAt = CircuitTime.LocalMidnight(e.StartDate, e.TimeZone);
        return new CalendarEvent(
            e.Region, IsStale(e.Region), e.EntityId, e.Name, row.Series ?? "", e.Circuit, e.StartDate, e.EndDate, e.TimeZone, startsAt, startsAt.UtcDateTime, e.Status);
    }

    /// <param name="cars">Cars per region and model.</param>
    /// <param name="entries">Live (entered, not withdrawn) entries per region and model.</param>
    public InsightsView<CarModelUsage> CarModels(IReadOnlyList<ModelCount> cars, IReadOnlyList<ModelCount> entries)
    {
        var models = cars.Select(c => c.CarModelCode).Concat(entries.Select(e => e.CarModelCode)).Distinct().Order(StringComparer.Ordinal);
        return View(models.Select(model =>
        {
            var perRegion = RegionNames()
                .Select(region => new CarModelRegionUsage(
                    region,
                    IsStale(region),
                    cars.Where(c => c.Region == region && c.CarModelCode == model).Sum(c => c.Count),
                    entries.Where(e => e.Region == region && e.CarModelCode == model).Sum(e => e.Count)))
                .Where(r => r.Cars > 0 || r.Entries > 0)
                .ToList();
            return new CarModelUsage(model, perRegion.Sum(r => r.Cars), perRegion.Sum(r => r.Entries), perRegion);
        }));
    }

    /// <summary>A team running cars, per model it runs: a valid engineer and a valid mechanic certificate today?</summary>
    /// <param name="models">The models the team runs, with what <see cref="InsightsReader"/> found certified for each.</param>
    public TeamCompliance TeamCompliance(TeamRunning team, IEnumerable<TeamModelCertification> models)
    {
        var carModels = models.DistinctBy(m => m.CarModelCode).OrderBy(m => m.CarModelCode, StringComparer.Ordinal)
            .Select(m => new ModelCompliance(m.CarModelCode, m.CertifiedEngineer, m.CertifiedMechanic))
            .ToList();
        return new TeamCompliance(
            team.Region, IsStale(team.Region), team.TeamId, team.Name, carModels.All(m => m.CertifiedEngineer && m.CertifiedMechanic), carModels);
    }

    public InsightsView<RegionTraining> Training(IReadOnlyList<StatusCount> enrolments) => View(RegionNames().Select(region => new RegionTraining(
        region,
        IsStale(region),
        enrolments.Where(e => e.Region == region)
            .GroupBy(e => e.Status).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(e => e.Count)))));

    /// <summary>A season's standings as the region computed them, the year its own or, from a region before it sent one, the series'.</summary>
    public SeasonStandings SeasonStandings(StandingsSource source)
    {
        var (s, series) = (source.Standings, source.Series);
        var year = s.Year ?? (series is null
            ? null
            : JsonSerializer.Deserialize<IReadOnlyList<SeasonState>>(series.Seasons, InsightsJson.Options)!.FirstOrDefault(season => season.SeasonId == s.EntityId)?.Year);
        return new SeasonStandings(
            s.Region, IsStale(s.Region), s.SeriesId, series?.Code ?? "", series?.Name ?? "", s.EntityId, year, s.Provisional,
            new StoredJsonList<StandingsTableState>(s.Tables, InsightsJson.Options));
    }

    /// <summary>A page the reader queried in the view's order, each row composed into the view's item.</summary>
    public InsightsPage<TItem> Page<TRow, TItem>(PagedResult<TRow> rows, Func<TRow, TItem> item) =>
        new(Regions, rows.Items.Select(item).ToList(), rows.Page, rows.PageSize, rows.TotalCount);

    private InsightsView<T> View<T>(IEnumerable<T> items) => new(Regions, items.ToList());

    private IEnumerable<string> RegionNames() => Regions.Select(r => r.Region);

    private bool IsStale(string region) => Regions.FirstOrDefault(r => r.Region == region)?.Stale ?? true;

    private DateOnly LocalToday(string timeZone) => CircuitTime.LocalDate(nowUtc, timeZone);
}
