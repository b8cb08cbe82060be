using MassTransit;
using Motorsport.Contracts.Catalog;
using Motorsport.Data;
using Motorsport.Regional.Data;

namespace Motorsport.Regional.Catalog;

/// <summary>Keeps the replica at the newest version; an older or equal version (a duplicate, a late delivery) changes nothing.</summary>
public sealed partial class TrainingCourseChangedConsumer(RegionalDbContext db, ILogger<TrainingCourseChangedConsumer> logger) : IConsumer<TrainingCourseChanged>
{
    public async Task Consume(ConsumeContext<TrainingCourseChanged> context)
    {
        var changed = context.Message;
        if (await db.CatalogTrainingCourses.UpsertIfNewerAsync(changed.TrainingCourseId, changed.Version, changed, context.CancellationToken) is { } replicaVersion)
        {
            LogStale(logger, changed.State.Code, changed.Version, replicaVersion);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored training course {Code} version {Version}: the replica already has version {ReplicaVersion}")]
    private static partial void LogStale(ILogger logger, string code, long version, long replicaVersion);
}
