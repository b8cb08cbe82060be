using MassTransit;
using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Catalog;
using Motorsport.Headquarters.Data;
using Motorsport.Messaging.Outbox;

namespace Motorsport.Headquarters.Catalog;

/// <summary>Re-publishes the kinds of catalogue item a region asked for, at their current versions; a region that already has one ignores the copy.</summary>
public sealed partial class CatalogSnapshotRequestedConsumer(HeadquartersDbContext db, IOutbox outbox, ILogger<CatalogSnapshotRequestedConsumer> logger)
    : IConsumer<CatalogSnapshotRequested>
{
    public async Task Consume(ConsumeContext<CatalogSnapshotRequested> context)
    {
        var request = context.Message;
        var carModels = request.Wants(CatalogKind.CarModels)
            ? await db.CarModels.AsNoTracking().OrderBy(m => m.Code).ToListAsync(context.CancellationToken)
            : [];
        foreach (var carModel in carModels)
        {
            outbox.Publish(carModel.ToChanged());
        }

        var trainingCourses = request.Wants(CatalogKind.TrainingCourses)
            ? await db.TrainingCourses.AsNoTracking().OrderBy(c => c.Code).ToListAsync(context.CancellationToken)
            : [];
        foreach (var trainingCourse in trainingCourses)
        {
            outbox.Publish(trainingCourse.ToChanged());
        }

        LogSnapshot(logger, request.RegionId, request.Kinds is null ? "the whole catalogue" : string.Join(", ", request.Kinds), carModels.Count, trainingCourses.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Region {RegionId} asked for a catalogue snapshot of {Kinds}; re-publishing {CarModels} car models and {TrainingCourses} training courses")]
    private static partial void LogSnapshot(ILogger logger, string regionId, string kinds, int carModels, int trainingCourses);
}

/// <summary>
/// One snapshot per region at a time: requests from one region (three restarts in a row) are answered one after the other,
/// never as concurrent copies of the whole catalogue; different regions are still answered in parallel.
/// </summary>
public sealed class CatalogSnapshotRequestedConsumerDefinition : ConsumerDefinition<CatalogSnapshotRequestedConsumer>
{
    private const int Partitions = 8;

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<CatalogSnapshotRequestedConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        consumerConfigurator.Message<CatalogSnapshotRequested>(message => message.UsePartitioner(Partitions, request => request.Message.RegionId));
}
