using MassTransit;
using Motorsport.Contracts.Catalog;
using Motorsport.Data;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Catalog;

/// <summary>Keeps the replica at the newest version; an older or equal version (a duplicate, a late delivery) changes nothing.</summary>
public sealed partial class CarModelChangedConsumer(RegionalDbContext db, ILogger<CarModelChangedConsumer> logger) : IConsumer<CarModelChanged>
{
    public async Task Consume(ConsumeContext<CarModelChanged> context)
    {
        var changed = context.Message;
        if (await db.CatalogCarModels.UpsertIfNewerAsync(changed.CarModelId, changed.Version, changed, context.CancellationToken) is { } replicaVersion)
        {
            LogStale(logger, changed.State.Code, changed.Version, replicaVersion);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored car model {Code} version {Version}: the replica already has version {ReplicaVersion}")]
    private static partial void LogStale(ILogger logger, string code, long version, long replicaVersion);
}
