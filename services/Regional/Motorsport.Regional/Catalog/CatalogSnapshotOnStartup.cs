using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Catalog;
using Motorsport.Messaging.Outbox;
using Motorsport.Regional.Data;
using Motorsport.Regional.Regions;

namespace Motorsport.Regional.Catalog;

/// <summary>
/// A region starting with an empty replica (new, or its database lost) asks headquarters for the whole catalogue. Either
/// half being empty is enough: a region that predates the training catalogue has car models but no courses. One request
/// covers both, and while HQ has no courses at all every start asks again, which costs a harmless re-publication.
/// </summary>
public sealed partial class CatalogSnapshotOnStartup(
    IServiceScopeFactory scopeFactory, RegionOptions region, TimeProvider time, ILogger<CatalogSnapshotOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RegionalDbContext>();
        if (await db.CatalogCarModels.AnyAsync(cancellationToken) && await db.CatalogTrainingCourses.AnyAsync(cancellationToken))
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new CatalogSnapshotRequested(region.Id, time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        LogRequested(logger, region.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue replica of {RegionId} is empty: asked headquarters for a snapshot")]
    private static partial void LogRequested(ILogger logger, string regionId);
}
