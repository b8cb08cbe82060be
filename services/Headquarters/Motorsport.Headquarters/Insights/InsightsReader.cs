using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Motorsport.Contracts.Regional;
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

    /// <summary>Events overlapping <paramref name="from"/>–<paramref name="to"/>, either open.</summary>
    public async Task<InsightsView<CalendarEvent>> CalendarAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        var events = db.Set<EventRow>().AsQueryable();
        if (from is { } first)
        {
            events = events.Where(e => e.EndDate >= first);
        }

        if (to is { } last)
        {
            events = events.Where(e => e.StartDate <= last);
        }

        var rows = await (
            from e in events
            join s in db.Set<SeriesRow>() on new { e.Region, Id = e.SeriesId } equals new { s.Region, Id = s.EntityId } into series
            from s in series.DefaultIfEmpty()
            select new CalendarRow(e, s == null ? null : s.Name)).AsNoTracking().ToListAsync(cancellationToken);
        return views.Calendar(rows);
    }

    public async Task<InsightsView<TeamCompliance>> TrainingComplianceAsync(bool onlyLacking, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        var today = views.Today;
        var teamModels = await db.Set<CarRow>().Select(c => new { c.Region, c.TeamId, c.CarModelCode }).Distinct().ToListAsync(cancellationToken);
        var certified = await db.Set<CertificateRow>()
            .Where(c => c.RevokedOn == null && c.PassedOn <= today && c.ExpiresOn > today)
            .Select(c => new { c.Region, c.TeamId, c.CarModelCode, c.Role }).Distinct().ToListAsync(cancellationToken);
        var names = await db.Set<TeamRow>().Select(t => new { t.Region, t.EntityId, t.Name }).ToListAsync(cancellationToken);
        return views.TrainingCompliance(
            [.. teamModels.Select(m => new TeamModel(m.Region, m.TeamId, m.CarModelCode))],
            [.. certified.Select(c => new CrewCertification(c.Region, c.TeamId, c.CarModelCode, c.Role))],
            names.ToDictionary(t => (t.Region, t.EntityId), t => t.Name),
            onlyLacking);
    }

    public async Task<InsightsView<RegionTraining>> TrainingAsync(CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        return views.Training(await db.Set<EnrolmentRow>()
            .GroupBy(e => new { e.Region, e.Status }).Select(g => new StatusCount(g.Key.Region, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken));
    }

    /// <summary>Every season's standings, or those of the series with code <paramref name="seriesCode"/> (any case).</summary>
    public async Task<InsightsView<SeasonStandings>> StandingsAsync(string? seriesCode, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(cancellationToken);
        var code = seriesCode?.ToUpperInvariant();
        var sources = await (
            from s in db.Set<StandingsRow>()
            join r in db.Set<SeriesRow>() on new { s.Region, Id = s.SeriesId } equals new { r.Region, Id = r.EntityId } into series
            from r in series.DefaultIfEmpty()
            where code == null || (r != null && r.Code.ToUpper() == code)
            select new StandingsSource(s, r)).AsNoTracking().ToListAsync(cancellationToken);
        return views.Standings(sources);
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
