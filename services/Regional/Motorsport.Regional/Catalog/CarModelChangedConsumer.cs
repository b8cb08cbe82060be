using MassTransit;
using Motorsport.Contracts.Catalog;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Catalog;

/// <summary>Keeps the replica at the newest version; an older or equal version (a duplicate, a late delivery) changes nothing.</summary>
public sealed partial class CarModelChangedConsumer(RegionalDbContext db, ILogger<CarModelChangedConsumer> logger) : IConsumer<CarModelChanged>
{
    public async Task Consume(ConsumeContext<CarModelChanged> context)
    {
        var changed = context.Message;
        var replica = await db.CatalogCarModels.FindAsync([changed.CarModelId], context.CancellationToken);
        if (replica is null)
        {
            db.CatalogCarModels.Add(CatalogCarModel.From(changed));
        }
        else if (changed.Version > replica.Version)
        {
            replica.Apply(changed);
        }
        else
        {
            LogStale(logger, changed.State.Code, changed.Version, replica.Version);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored car model {Code} version {Version}: the replica already has version {ReplicaVersion}")]
    private static partial void LogStale(ILogger logger, string code, long version, long replicaVersion);
}
