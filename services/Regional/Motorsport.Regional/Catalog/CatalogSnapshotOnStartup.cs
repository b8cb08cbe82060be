using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Catalog;
using Motorsport.Messaging.Outbox;
using Motorsport.Regional.Data;
using Motorsport.Regional.Regions;

namespace Motorsport.Regional.Catalog;

/// <summary>
/// A region starting with an empty replica (new, or its database lost) asks headquarters for the catalogue, only the kinds
/// it lacks: a region that predates the training catalogue has car models but no courses, and re-sending every car model to
/// every region at each of its restarts would flood the bus. While headquarters has no courses at all, every start asks
/// again for courses only, which costs one empty answer.
/// </summary>
public sealed partial class CatalogSnapshotOnStartup(
    IServiceScopeFactory scopeFactory, RegionOptions region, TimeProvider time, ILogger<CatalogSnapshotOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegionalDbContext>();
        var lacking = new List<CatalogKind>();
        if (!await db.CatalogCarModels.AnyAsync(cancellationToken))
        {
            lacking.Add(CatalogKind.CarModels);
        }

        if (!await db.CatalogTrainingCourses.AnyAsync(cancellationToken))
        {
            lacking.Add(CatalogKind.TrainingCourses);
        }

        if (lacking.Count == 0)
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new CatalogSnapshotRequested(region.Id, time.GetUtcNow().UtcDateTime, lacking));
        await db.SaveChangesAsync(cancellationToken);
        LogRequested(logger, region.Id, string.Join(", ", lacking));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue replica of {RegionId} lacks {Kinds}: asked headquarters for a snapshot of them")]
    private static partial void LogRequested(ILogger logger, string regionId, string kinds);
}
