using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Regional;
using Motorsport.Headquarters.Data;
using Motorsport.Messaging.Outbox;

namespace Motorsport.Headquarters.Insights;

/// <summary>Headquarters starting with an empty read model (new, or its database lost) asks every region for its state.</summary>
public sealed partial class ReadModelBootstrap(IServiceScopeFactory scopeFactory, TimeProvider time, ILogger<ReadModelBootstrap> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadquartersDbContext>();
        if (await db.RegionFreshness.AnyAsync(cancellationToken))
        {
            return;
        }

        scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new RegionalSnapshotRequested(time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        LogRequested(logger);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The regional read model is empty: asked every region to re-publish its state")]
    private static partial void LogRequested(ILogger logger);
}
