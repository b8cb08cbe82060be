using System.Text.Json;
using System.Text.Json.Serialization;
using Motorsport.Contracts.Catalog;
using Motorsport.Contracts.Regional;
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
public sealed record CalendarRow(EventRow Event, string? Series);

/// <summary>A car model a team runs.</summary>
public sealed record TeamModel(string Region, Guid TeamId, string CarModelCode);

/// <summary>A crew role of a team certified on a car model by a certificate valid today.</summary>
public sealed record CrewCertification(string Region, Guid TeamId, string CarModelCode, string Role);

/// <summary>A season's standings with the series they belong to, if headquarters has heard of it.</summary>
public sealed record StandingsSource(StandingsRow Standings, SeriesRow? Series);

public sealed record RegionStatus(string Region, DateTime? LastMessageAtUtc, DateTime? LastChangeAtUtc, bool Stale);

/// <summary>Every view says how current each region's part of it is, so a region that went quiet is visible as such.</summary>
public sealed record InsightsView<TItem>(IReadOnlyList<RegionStatus> Regions, IReadOnlyList<TItem> Items);

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

    public InsightsView<CalendarEvent> Calendar(IReadOnlyList<CalendarRow> events) => View(events
        .Select(row =>
        {
            var e = row.Event;
            var startsAt = LocalMidnight(e.StartDate, e.TimeZone);
            return new CalendarEvent(
                e.Region, IsStale(e.Region), e.EntityId, e.Name, row.Series ?? "", e.Circuit, e.StartDate, e.EndDate, e.TimeZone, startsAt, startsAt.UtcDateTime, e.Status);
        })
        .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Region, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.EventId));

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

    /// <summary>Every team running cars, per model it runs: a valid engineer and a valid mechanic certificate today?</summary>
    /// <param name="certified">The roles certified by certificates valid on <see cref="Today"/>.</param>
    public InsightsView<TeamCompliance> TrainingCompliance(
        IReadOnlyList<TeamModel> teamModels, IReadOnlyList<CrewCertification> certified, IReadOnlyDictionary<(string Region, Guid TeamId), string> teamNames, bool onlyLacking)
    {
        var roles = certified.ToHashSet();
        bool Holds(TeamModel model, CrewRole role) => roles.Contains(new CrewCertification(model.Region, model.TeamId, model.CarModelCode, role.ToString()));
        return View(teamModels
            .GroupBy(m => (m.Region, m.TeamId))
            .Select(team =>
            {
                var models = team.DistinctBy(m => m.CarModelCode).OrderBy(m => m.CarModelCode, StringComparer.Ordinal)
                    .Select(model => new ModelCompliance(model.CarModelCode, Holds(model, CrewRole.Engineer), Holds(model, CrewRole.Mechanic)))
                    .ToList();
                return new TeamCompliance(
                    team.Key.Region, IsStale(team.Key.Region), team.Key.TeamId, teamNames.GetValueOrDefault(team.Key, ""),
                    models.All(m => m.CertifiedEngineer && m.CertifiedMechanic), models);
            })
            .Where(t => !onlyLacking || !t.Compliant)
            .OrderBy(t => t.Region, StringComparer.Ordinal).ThenBy(t => t.Team, StringComparer.Ordinal).ThenBy(t => t.TeamId));
    }

    public InsightsView<RegionTraining> Training(IReadOnlyList<StatusCount> enrolments) => View(RegionNames().Select(region => new RegionTraining(
        region,
        IsStale(region),
        enrolments.Where(e => e.Region == region)
            .GroupBy(e => e.Status).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(e => e.Count)))));

    /// <summary>Each region's standings per series and season, as the region computed them.</summary>
    public InsightsView<SeasonStandings> Standings(IReadOnlyList<StandingsSource> standings) => View(standings
        .Select(source =>
        {
            var (s, series) = (source.Standings, source.Series);
            IReadOnlyList<SeasonState> seasons = series is null ? [] : JsonSerializer.Deserialize<IReadOnlyList<SeasonState>>(series.Seasons, InsightsJson.Options)!;
            return new SeasonStandings(
                s.Region, IsStale(s.Region), s.SeriesId, series?.Code ?? "", series?.Name ?? "", s.EntityId,
                seasons.FirstOrDefault(season => season.SeasonId == s.EntityId)?.Year, s.Provisional,
                new StoredJsonList<StandingsTableState>(s.Tables, InsightsJson.Options));
        })
        .OrderBy(s => s.Region, StringComparer.Ordinal).ThenBy(s => s.Series, StringComparer.Ordinal).ThenBy(s => s.Year).ThenBy(s => s.SeasonId));

    private InsightsView<T> View<T>(IEnumerable<T> items) => new(Regions, items.ToList());

    private IEnumerable<string> RegionNames() => Regions.Select(r => r.Region);

    private bool IsStale(string region) => Regions.FirstOrDefault(r => r.Region == region)?.Stale ?? true;

    private DateOnly LocalToday(string timeZone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, Zone(timeZone)));

    /// <summary>
    /// An event's first day begins at local midnight at the circuit; the calendar orders events by that instant. Midnight of
    /// 1 January of year 1 east of UTC (or of 31 December 9999 west of it) has no representable instant: regions refuse such
    /// dates now, but a row stored before they did is shown at UTC midnight rather than failing the calendar for everyone.
    /// </summary>
    private static DateTimeOffset LocalMidnight(DateOnly date, string timeZone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        var offset = Zone(timeZone).GetUtcOffset(local);
        var utcTicks = local.Ticks - offset.Ticks;
        return utcTicks >= DateTime.MinValue.Ticks && utcTicks <= DateTime.MaxValue.Ticks
            ? new DateTimeOffset(local, offset)
            : new DateTimeOffset(local, TimeSpan.Zero);
    }

    private static TimeZoneInfo Zone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
