using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Motorsport.Contracts.Catalog;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
using Motorsport.Headquarters.Data;

namespace Motorsport.Headquarters.Insights;

/// <summary>
/// Answers each view with a few queries over the projections (<see cref="Projections"/>): counts grouped in the database
/// and rows filtered by indexed columns, so what a request reads follows what it returns. <see cref="InsightsViews"/>
/// composes the answer.
/// </summary>
public sealed class InsightsReader(HeadquartersDbContext db, TimeProvider time, IOptions<InsightsOptions> options)
{
    private static readonly string Entered = nameof(EntryStatus.Entered);
    private static readonly string Scheduled = nameof(EventStatus.Scheduled);

    public async Task<InsightsView<RegionOverview>> OverviewAsync(CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        var (teamKind, driverKind) = (RegionalKinds.Of<TeamState>(), RegionalKinds.Of<DriverState>());
        var kinds = await db.RegionalRecords.Where(r => r.Kind == teamKind || r.Kind == driverKind)
            .GroupBy(r => new { r.Kind, r.Region }).Select(g => new { g.Key.Kind, g.Key.Region, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var earliestEnd = views.EarliestUpcomingEnd;
        var scheduled = await db.Set<EventRow>().Where(e => e.Status == Scheduled && e.EndDate >= earliestEnd)
            .GroupBy(e => new { e.Region, e.TimeZone, e.EndDate })
            .Select(g => new EventEnds(g.Key.Region, g.Key.TimeZone, g.Key.EndDate, g.Count()))
            .ToListAsync(cancellationToken);
        return views.Overview(
            [.. kinds.Where(k => k.Kind == teamKind).Select(k => new RegionCount(k.Region, k.Count))],
            [.. kinds.Where(k => k.Kind == driverKind).Select(k => new RegionCount(k.Region, k.Count))],
            await CarsPerModelAsync(cancellationToken),
            await EntriesPerModelAsync(cancellationToken),
            scheduled);
    }

    public async Task<InsightsView<CarModelUsage>> CarModelsAsync(CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        return views.CarModels(await CarsPerModelAsync(cancellationToken), await EntriesPerModelAsync(cancellationToken));
    }

    /// <summary>A page of the events overlapping <paramref name="from"/>–<paramref name="to"/> (either open), by the instant each starts.</summary>
    public async Task<InsightsPage<CalendarEvent>> CalendarAsync(DateOnly? from, DateOnly? to, PageQuery paging, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        return views.Page(await CalendarRows(from, to).ToPageAsync(paging, r => r, cancellationToken), views.CalendarEvent);
    }

    /// <summary>Every event overlapping <paramref name="from"/>–<paramref name="to"/>, for a feed a calendar program reads whole.</summary>
    public async Task<IReadOnlyList<CalendarEvent>> CalendarFeedAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        return (await CalendarRows(from, to).ToListAsync(cancellationToken)).Select(views.CalendarEvent).ToList();
    }

    /// <summary>
    /// A page of the teams running cars, by region and name, each with the models it runs and whether a certificate valid
    /// today holds each crew role for it; <paramref name="onlyLacking"/> keeps the teams missing one for any model. Driven
    /// by the teams, so the database walks their (region, name) index and stops at the page; a car heard of before its
    /// team waits for the team.
    /// </summary>
    public async Task<InsightsPage<TeamCompliance>> TrainingComplianceAsync(bool onlyLacking, PageQuery paging, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        var today = views.Today;
        var (engineer, mechanic) = (nameof(CrewRole.Engineer), nameof(CrewRole.Mechanic));
        var valid = db.Set<CertificateRow>().Where(c => c.RevokedOn == null && c.PassedOn <= today && c.ExpiresOn > today);
        var certification = db.Set<CarRow>().Select(car => new
        {
            car.Region,
            car.TeamId,
            car.CarModelCode,
            Engineer = valid.Any(c => c.Region == car.Region && c.TeamId == car.TeamId && c.CarModelCode == car.CarModelCode && c.Role == engineer),
            Mechanic = valid.Any(c => c.Region == car.Region && c.TeamId == car.TeamId && c.CarModelCode == car.CarModelCode && c.Role == mechanic),
        });
        var running = db.Set<TeamRow>().Where(t => db.Set<CarRow>().Any(c => c.Region == t.Region && c.TeamId == t.EntityId));
        if (onlyLacking)
        {
            running = running.Where(t => certification.Any(m => m.Region == t.Region && m.TeamId == t.EntityId && !(m.Engineer && m.Mechanic)));
        }

        var teams = await running.OrderBy(t => t.Region).ThenBy(t => t.Name).ThenBy(t => t.EntityId)
            .ToPageAsync(paging, t => new TeamRunning(t.Region, t.EntityId, t.Name), cancellationToken);
        var teamIds = teams.Items.Select(t => t.TeamId).Distinct().ToList();
        var models = (await certification.Where(m => teamIds.Contains(m.TeamId)).Distinct().ToListAsync(cancellationToken))
            .Select(m => new TeamModelCertification(m.Region, m.TeamId, m.CarModelCode, m.Engineer, m.Mechanic))
            .ToLookup(m => (m.Region, m.TeamId));
        return views.Page(teams, team => views.TeamCompliance(team, models[(team.Region, team.TeamId)]));
    }

    public async Task<InsightsView<RegionTraining>> TrainingAsync(CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        return views.Training(await db.Set<EnrolmentRow>()
            .GroupBy(e => new { e.Region, e.Status }).Select(g => new StatusCount(g.Key.Region, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken));
    }

    /// <summary>A page of the seasons' standings by region, series and year, or of the series with code <paramref name="seriesCode"/> (any case).</summary>
    public async Task<InsightsPage<SeasonStandings>> StandingsAsync(string? seriesCode, PageQuery paging, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        var code = seriesCode?.ToUpperInvariant();
        // The page's keys first: ordering whole rows would make the database sort every season's tables to keep a page of them.
        var keys = await (
                from s in db.Set<StandingsRow>()
                join r in db.Set<SeriesRow>() on new { s.Region, Id = s.SeriesId } equals new { r.Region, Id = r.EntityId } into series
                from r in series.DefaultIfEmpty()
                where code == null || (r != null && r.Code.ToUpper() == code)
                select new { s.Region, s.EntityId, s.Year, SeriesName = r == null ? "" : r.Name })
            .OrderBy(s => s.Region).ThenBy(s => s.SeriesName).ThenBy(s => s.Year).ThenBy(s => s.EntityId)
            .ToPageAsync(paging, s => (s.Region, s.EntityId), cancellationToken);
        var seasonIds = keys.Items.Select(k => k.EntityId).ToList();
        var sources = (await (
                from s in db.Set<StandingsRow>().AsNoTracking().Where(s => seasonIds.Contains(s.EntityId))
                join r in db.Set<SeriesRow>().AsNoTracking() on new { s.Region, Id = s.SeriesId } equals new { r.Region, Id = r.EntityId } into series
                from r in series.DefaultIfEmpty()
                select new StandingsSource(s, r)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.Standings.Region, s.Standings.EntityId));
        // A season cleared by a rebuild between the two queries is left out rather than failing the page.
        return views.Page(keys with { Items = [.. keys.Items.Where(sources.ContainsKey)] }, key => views.SeasonStandings(sources[key]));
    }

    // The calendar's order: the instant each event starts, then region, name and id so pages never overlap.
    private IOrderedQueryable<CalendarRow> CalendarRows(DateOnly? from, DateOnly? to)
    {
        var events = db.Set<EventRow>().AsNoTracking();
        if (from is { } first)
        {
            events = events.Where(e => e.EndDate >= first);
        }

        if (to is { } last)
        {
            events = events.Where(e => e.StartDate <= last);
        }

        return (
                from e in events
                join s in db.Set<SeriesRow>() on new { e.Region, Id = e.SeriesId } equals new { s.Region, Id = s.EntityId } into series
                from s in series.DefaultIfEmpty()
                select new CalendarRow { Event = e, Series = s == null ? null : s.Name })
            .OrderBy(r => r.Event.StartsAtUtc).ThenBy(r => r.Event.Region).ThenBy(r => r.Event.Name).ThenBy(r => r.Event.EntityId);
    }

    private async Task<InsightsViews> ViewsAsync(CancellationToken cancellationToken) =>
        new(await db.RegionFreshness.AsNoTracking().ToListAsync(cancellationToken), time.GetUtcNow().UtcDateTime, options.Value.StaleAfter);

    private Task<List<ModelCount>> CarsPerModelAsync(CancellationToken cancellationToken) =>
        db.Set<CarRow>().GroupBy(c => new { c.Region, c.CarModelCode })
            .Select(g => new ModelCount(g.Key.Region, g.Key.CarModelCode, g.Count())).ToListAsync(cancellationToken);

    private Task<List<ModelCount>> EntriesPerModelAsync(CancellationToken cancellationToken) =>
        db.Set<EntryRow>().Where(e => e.Status == Entered).GroupBy(e => new { e.Region, e.CarModelCode })
            .Select(g => new ModelCount(g.Key.Region, g.Key.CarModelCode, g.Count())).ToListAsync(cancellationToken);
}
