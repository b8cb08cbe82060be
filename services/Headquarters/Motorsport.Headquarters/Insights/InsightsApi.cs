using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Regional;
using Motorsport.Data;
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
        insights.MapGet("/regions", (InsightsReader reader, CancellationToken cancellationToken) => reader.OverviewAsync(cancellationToken))
            .WithSummary("Per region: teams, drivers, cars, upcoming events, live entries and freshness").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/calendar", Calendar).WithSummary("A page of one calendar of every region's events, by the instant each starts").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/calendar.ics", CalendarFeed).WithSummary("The calendar of every region as iCalendar").RequireAuthorization(Policies.HeadquartersRead).Produces<string>(200, CalendarExport.ContentType);
        insights.MapGet("/car-models", (InsightsReader reader, CancellationToken cancellationToken) => reader.CarModelsAsync(cancellationToken))
            .WithSummary("Cars and entries per car model, across regions and per region").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/training-compliance", (bool? onlyLacking, [AsParameters] PageQuery paging, InsightsReader reader, CancellationToken cancellationToken) =>
            reader.TrainingComplianceAsync(onlyLacking ?? false, paging, cancellationToken))
            .WithSummary("A page of the teams and whether their crews hold the certificates for the models they run").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/training-enrolments", (InsightsReader reader, CancellationToken cancellationToken) => reader.TrainingAsync(cancellationToken))
            .WithSummary("Per region: training enrolments by status").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapGet("/standings", (string? series, [AsParameters] PageQuery paging, InsightsReader reader, CancellationToken cancellationToken) =>
            reader.StandingsAsync(series, paging, cancellationToken))
            .WithSummary("A page of every region's standings per series and season").RequireAuthorization(Policies.HeadquartersRead);
        insights.MapPost("/rebuild", Rebuild).WithSummary("Forget the read model and ask every region to publish its state again (ops)").RequireAuthorization(Policies.Operations);
        return endpoints;
    }

    private static async Task<Results<Ok<InsightsPage<CalendarEvent>>, ValidationProblem>> Calendar(
        [PlausibleDate] DateOnly? from, [PlausibleDate] DateOnly? to, [AsParameters] PageQuery paging, InsightsReader reader, CancellationToken cancellationToken) =>
        DateRangeFilter.Inverted(from, to) is { } inverted ? inverted : TypedResults.Ok(await reader.CalendarAsync(from, to, paging, cancellationToken));

    /// <summary>The calendar view across regions as an iCalendar feed, with the same date filters.</summary>
    private static async Task<Results<ContentHttpResult, ValidationProblem>> CalendarFeed(
        DateOnly? from, DateOnly? to, InsightsReader reader, CancellationToken cancellationToken) =>
        DateRangeFilter.Inverted(from, to) is { } inverted
            ? inverted
            : TypedResults.Text(
                CalendarExport.ToICalendar(await reader.CalendarFeedAsync(from, to, cancellationToken)),
                CalendarExport.ContentType);

    /// <summary>Forgets the read model and asks every region to re-publish its state; the views fill again as it arrives.</summary>
    private static async Task<Accepted> Rebuild(HeadquartersDbContext db, ReadModelStore store, IOutbox outbox, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await store.ClearAsync(cancellationToken);
        outbox.Publish(new RegionalSnapshotRequested(time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Accepted((string?)null);
    }
}
