using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Motorsport.Contracts.Regional;
using Motorsport.Headquarters.Data;
using Motorsport.Messaging.Outbox;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.Headquarters.Insights;

public static class InsightsApi
{
    /// <summary>Headquarters' view across all regions, answered from its own read model even while a region is down.</summary>
    public static IEndpointRouteBuilder MapInsightsApi(this IEndpointRouteBuilder endpoints)
    {
        var insights = endpoints.MapGroup("/api/hq/insights").WithTags("Insights");
        insights.MapGet("/regions", async (InsightsLoader loader, CancellationToken cancellationToken) =>
            (await loader.LoadAsync([typeof(TeamState), typeof(DriverState), typeof(CarState), typeof(EventState), typeof(EntryState)], cancellationToken))
            .Overview()).WithSummary("Per region: teams, drivers, cars, upcoming events, live entries and freshness").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/calendar", Calendar).WithSummary("One calendar of every region's events, by the instant each starts").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/calendar.ics", CalendarFeed).WithSummary("The calendar of every region as iCalendar").RequireAuthorization(Policies.HeadquartersRead).Produces<string>(200, CalendarExport.ContentType);
        insights.MapGet("/car-models", async (InsightsLoader loader, CancellationToken cancellationToken) =>
            (await loader.LoadAsync([typeof(CarState), typeof(EntryState)], cancellationToken)).CarModels()).WithSummary("Cars and entries per car model, across regions and per region").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/training-compliance", async (bool? onlyLacking, InsightsLoader loader, CancellationToken cancellationToken) =>
            (await loader.LoadAsync([typeof(CarState), typeof(TeamState), typeof(CertificateState)], cancellationToken))
            .TrainingCompliance(onlyLacking ?? false)).WithSummary("Teams and whether their crews hold the certificates for the models they run").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/training-enrolments", async (InsightsLoader loader, CancellationToken cancellationToken) =>
            (await loader.LoadAsync([typeof(EnrolmentState)], cancellationToken)).Training()).WithSummary("Per region: training enrolments by status").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/standings", async (string? series, InsightsLoader loader, CancellationToken cancellationToken) =>
            (await loader.LoadAsync([typeof(SeriesState), typeof(StandingsState)], cancellationToken)).Standings(series)).WithSummary("Every region's standings per series and season").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapPost("/rebuild", Rebuild).WithSummary("Forget the read model and ask every region to publish its state again (ops)").RequireAuthorization(Policies.Operations);
        return endpoints;
    }

    private static async Task<Results<Ok<InsightsView<CalendarEvent>>, ValidationProblem>> Calendar(
        [PlausibleDate] DateOnly? from, [PlausibleDate] DateOnly? to, InsightsLoader loader, CancellationToken cancellationToken) =>
        DateRangeFilter.Inverted(from, to) is { } inverted ? inverted : TypedResults.Ok((await loader.LoadAsync([typeof(EventState), typeof(SeriesState)], cancellationToken)).Calendar(from, to));

    /// <summary>The calendar view across regions as an iCalendar feed, with the same date filters.</summary>
    private static async Task<Results<ContentHttpResult, ValidationProblem>> CalendarFeed(
        DateOnly? from, DateOnly? to, InsightsLoader loader, CancellationToken cancellationToken) =>
        DateRangeFilter.Inverted(from, to) is { } inverted
            ? inverted
            : TypedResults.Text(
                CalendarExport.ToICalendar((await loader.LoadAsync([typeof(EventState), typeof(SeriesState)], cancellationToken)).Calendar(from, to).Items),
                CalendarExport.ContentType);

    /// <summary>Forgets the read model and asks every region to re-publish its state; the views fill again as it arrives.</summary>
    private static async Task<Accepted> Rebuild(HeadquartersDbContext db, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RegionalRecords.ExecuteDeleteAsync(cancellationToken);
        await db.RegionFreshness.ExecuteDeleteAsync(cancellationToken);
        outbox.Publish(new RegionalSnapshotRequested(time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}

/// <summary>
/// Reads, once per request, the kinds of record a view is computed from, named by the state they carry: the read model
/// holds one row per team, car, event, entry, classification… of every region, and a view needs only a few of them.
/// </summary>
public sealed class InsightsLoader(HeadquartersDbContext db, TimeProvider time, IOptions<InsightsOptions> options)
{
    private static readonly MethodInfo AddKind = typeof(InsightsLoader).GetMethod(nameof(Add), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<InsightsViews> LoadAsync(Type[] states, CancellationToken cancellationToken)
    {
        var kinds = states.Select(RegionalKinds.Of).ToList();
        var records = await db.RegionalRecords.AsNoTracking().Where(r => kinds.Contains(r.Kind)).ToListAsync(cancellationToken);
        var facts = new InsightsFacts(await db.RegionFreshness.AsNoTracking().ToListAsync(cancellationToken));
        var byKind = records.ToLookup(r => r.Kind);
        foreach (var state in states)
        {
            AddKind.MakeGenericMethod(state).Invoke(null, [facts, byKind[RegionalKinds.Of(state)]]);
        }

        return new InsightsViews(facts, time.GetUtcNow().UtcDateTime, options.Value.StaleAfter);
    }

    private static void Add<TState>(InsightsFacts facts, IEnumerable<RegionalRecord> records) =>
        facts.With(records.Select(r => new Fact<TState>(r.Region, r.EntityId, JsonSerializer.Deserialize<TState>(r.State, InsightsJson.Options)!)).ToList());
}
