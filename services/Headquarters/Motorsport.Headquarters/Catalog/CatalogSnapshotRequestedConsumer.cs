using MassTransit;
using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Catalog;
using Motorsport.Headquarters.Data;
using Motorsport.Messaging.Outbox;

namespace Motorsport.Headquarters.Catalog;

/// <summary>Re-publishes the whole catalogue at its current versions; regions that already have them ignore the copies.</summary>
public sealed partial class CatalogSnapshotRequestedConsumer(HeadquartersDbContext db, IOutbox outbox, ILogger<CatalogSnapshotRequestedConsumer> logger)
    : IConsumer<CatalogSnapshotRequested>
{
    public async Task Consume(ConsumeContext<CatalogSnapshotRequested> context)
    {
        var carModels = await db.CarModels.AsNoTracking().OrderBy(m => m.Code).ToListAsync(context.CancellationToken);
        foreach (var carModel in carModels)
        {
            outbox.Publish(carModel.ToChanged());
        }

        var trainingCourses = await db.TrainingCourses.AsNoTracking().OrderBy(c => c.Code).ToListAsync(context.CancellationToken);
        foreach (var trainingCourse in trainingCourses)
        {
            outbox.Publish(trainingCourse.ToChanged());
        }

        LogSnapshot(logger, context.Message.RegionId, carModels.Count, trainingCourses.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Region {RegionId} asked for a catalogue snapshot; re-publishing {CarModels} car models and {TrainingCourses} training courses")]
    private static partial void LogSnapshot(ILogger logger, string regionId, int carModels, int trainingCourses);
}
