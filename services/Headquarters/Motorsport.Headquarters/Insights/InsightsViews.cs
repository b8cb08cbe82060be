using Motorsport.Contracts.Catalog;
using Motorsport.Contracts.Regional;
using Motorsport.Data;

namespace Motorsport.Headquarters.Insights;

/// <summary>One thing a region owns, at the newest version headquarters has.</summary>
public sealed record Fact<TState>(string Region, Guid Id, TState State);

/// <summary>
/// Everything the views are computed from: the regions' freshness and, per state type, the facts of the kinds a request
/// loaded. Loaded once per request, computed without I/O. A view reading a kind that was not loaded fails loudly rather
/// than showing nothing.
/// </summary>
public sealed class InsightsFacts(IReadOnlyList<RegionFreshness> freshness)
{
    private readonly Dictionary<Type, object> kinds = [];

    public IReadOnlyList<RegionFreshness> Freshness => freshness;

    public InsightsFacts With<TState>(IReadOnlyList<Fact<TState>> facts)
    {
        kinds[typeof(TState)] = facts;
        return this;
    }

    public IReadOnlyList<Fact<TState>> Of<TState>() =>
        kinds.TryGetValue(typeof(TState), out var facts)
            ? (IReadOnlyList<Fact<TState>>)facts
            : throw new InvalidOperationException($"The view reads {typeof(TState).Name}, which the request did not load.");
}

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
    string Region, bool RegionStale, Guid SeriesId, string SeriesCode, string Series, Guid SeasonId, int? Year, bool Provisional, IReadOnlyList<StandingsTableState> Tables);

/// <summary>The aggregated views of headquarters, computed from the read model.</summary>
public sealed class InsightsViews(InsightsFacts facts, DateTime nowUtc, TimeSpan staleAfter)
{
    public IReadOnlyList<RegionStatus> Regions { get; } = facts.Freshness
        .OrderBy(f => f.Region, StringComparer.Ordinal)
        .Select(f => new RegionStatus(f.Region, f.LastMessageAtUtc, f.LastChangeAtUtc, nowUtc - f.LastMessageAtUtc > staleAfter))
        .ToList();

    public InsightsView<RegionOverview> Overview() => View(RegionNames().Select(region =>
    {
        var cars = facts.Of<CarState>().Where(c => c.Region == region).ToList();
        return new RegionOverview(
            region,
            IsStale(region),
            facts.Of<TeamState>().Count(t => t.Region == region),
            facts.Of<DriverState>().Count(d => d.Region == region),
            cars.Count,
            cars.GroupBy(c => c.State.CarModelCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            facts.Of<EventState>().Count(e => e.Region == region && IsUpcoming(e.State)),
            facts.Of<EntryState>().Count(e => e.Region == region && IsEntered(e.State)));
    }));

    public InsightsView<CalendarEvent> Calendar(DateOnly? from, DateOnly? to)
    {
        var seriesNames = facts.Of<SeriesState>().ToDictionary(s => (s.Region, s.Id), s => s.State.Name);
        return View(facts.Of<EventState>()
            .Where(e => (from is null || e.State.EndDate >= from) && (to is null || e.State.StartDate <= to))
            .Select(e =>
            {
                var startsAt = LocalMidnight(e.State.StartDate, e.State.TimeZone);
                return new CalendarEvent(
                    e.Region, IsStale(e.Region), e.Id, e.State.Name, seriesNames.GetValueOrDefault((e.Region, e.State.SeriesId), ""),
                    e.State.Circuit, e.State.StartDate, e.State.EndDate, e.State.TimeZone, startsAt, startsAt.UtcDateTime, e.State.Status);
            })
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Region, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.EventId));
    }

    public InsightsView<CarModelUsage> CarModels()
    {
        var entered = facts.Of<EntryState>().Where(e => IsEntered(e.State)).ToList();
        var models = facts.Of<CarState>().Select(c => c.State.CarModelCode).Concat(entered.Select(e => e.State.CarModelCode)).Distinct().Order(StringComparer.Ordinal);
        return View(models.Select(model =>
        {
            var perRegion = RegionNames()
                .Select(region => new CarModelRegionUsage(
                    region,
                    IsStale(region),
                    facts.Of<CarState>().Count(c => c.Region == region && c.State.CarModelCode == model),
                    entered.Count(e => e.Region == region && e.State.CarModelCode == model)))
                .Where(r => r.Cars > 0 || r.Entries > 0)
                .ToList();
            return new CarModelUsage(model, perRegion.Sum(r => r.Cars), perRegion.Sum(r => r.Entries), perRegion);
        }));
    }

    /// <summary>Every team running cars, per model it runs: a valid engineer and a valid mechanic certificate today?</summary>
    public InsightsView<TeamCompliance> TrainingCompliance(bool onlyLacking)
    {
        var certificates = facts.Of<CertificateState>().ToLookup(c => (c.Region, c.State.TeamId));
        var teams = facts.Of<TeamState>().ToDictionary(t => (t.Region, t.Id), t => t.State.Name);
        return View(facts.Of<CarState>()
            .GroupBy(c => (c.Region, c.State.TeamId))
            .Select(team =>
            {
                var models = team.Select(c => c.State.CarModelCode).Distinct().Order(StringComparer.Ordinal)
                    .Select(model => new ModelCompliance(
                        model,
                        certificates[team.Key].Any(c => IsValidToday(c, model, CrewRole.Engineer)),
                        certificates[team.Key].Any(c => IsValidToday(c, model, CrewRole.Mechanic))))
                    .ToList();
                return new TeamCompliance(
                    team.Key.Region, IsStale(team.Key.Region), team.Key.TeamId, teams.GetValueOrDefault(team.Key, ""),
                    models.All(m => m.CertifiedEngineer && m.CertifiedMechanic), models);
            })
            .Where(t => !onlyLacking || !t.Compliant)
            .OrderBy(t => t.Region, StringComparer.Ordinal).ThenBy(t => t.Team, StringComparer.Ordinal).ThenBy(t => t.TeamId));
    }

    public InsightsView<RegionTraining> Training() => View(RegionNames().Select(region => new RegionTraining(
        region,
        IsStale(region),
        facts.Of<EnrolmentState>().Where(e => e.Region == region)
            .GroupBy(e => e.State.Status).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()))));

    /// <summary>Each region's standings per series and season, as the region computed them.</summary>
    public InsightsView<SeasonStandings> Standings(string? seriesCode)
    {
        var series = facts.Of<SeriesState>().ToDictionary(s => (s.Region, s.Id), s => s.State);
        return View(facts.Of<StandingsState>()
            .Select(s =>
            {
                var owner = series.GetValueOrDefault((s.Region, s.State.SeriesId));
                var year = owner?.Seasons.FirstOrDefault(season => season.SeasonId == s.State.SeasonId)?.Year;
                return new SeasonStandings(
                    s.Region, IsStale(s.Region), s.State.SeriesId, owner?.Code ?? "", owner?.Name ?? "", s.State.SeasonId, year, s.State.Provisional, s.State.Tables);
            })
            .Where(s => seriesCode is null || string.Equals(s.SeriesCode, seriesCode, StringComparison.OrdinalIgnoreCase))
            .OrderBy(s => s.Region, StringComparer.Ordinal).ThenBy(s => s.Series, StringComparer.Ordinal).ThenBy(s => s.Year).ThenBy(s => s.SeasonId));
    }

    private bool IsValidToday(Fact<CertificateState> certificate, string model, CrewRole role)
    {
        var today = DateOnly.FromDateTime(nowUtc);
        return certificate.State.CarModelCode == model && certificate.State.Role == role.ToString() && certificate.State.RevokedOn is null
            && certificate.State.PassedOn <= today && today < certificate.State.ExpiresOn;
    }

    private static bool IsEntered(EntryState state) => state.Status == nameof(EntryStatus.Entered);

    private InsightsView<T> View<T>(IEnumerable<T> items) => new(Regions, items.ToList());

    private IEnumerable<string> RegionNames() => Regions.Select(r => r.Region);

    private bool IsStale(string region) => Regions.FirstOrDefault(r => r.Region == region)?.Stale ?? true;

    private bool IsUpcoming(EventState state) =>
        state.Status == nameof(EventStatus.Scheduled) && state.EndDate >= DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(nowUtc, Zone(state.TimeZone)));

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
