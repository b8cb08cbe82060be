using MassTransit;
using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Regional;
using Motorsport.Messaging.Outbox;
using Motorsport.Regional.Data;
using Motorsport.Regional.Results;

namespace Motorsport.Regional.Regions;

/// <summary>
/// Re-publishes the full state of everything this region owns at its current versions, so headquarters can rebuild its
/// read model; copies of versions it already has change nothing there.
/// </summary>
public sealed partial class RegionalSnapshotRequestedConsumer(
    RegionalDbContext db, IOutbox outbox, RegionOptions region, ILogger<RegionalSnapshotRequestedConsumer> logger)
    : IConsumer<RegionalSnapshotRequested>
{
    public async Task Consume(ConsumeContext<RegionalSnapshotRequested> context)
    {
        var cancellationToken = context.CancellationToken;
        var published = 0;
        void Publish<T>(IEnumerable<T> messages) where T : class
        {
            foreach (var message in messages)
            {
                outbox.Publish(message);
                published++;
            }
        }

        Publish((await db.Series.AsNoTracking().Include(s => s.Classes).Include(s => s.Seasons).AsSplitQuery().ToListAsync(cancellationToken)).Select(s => s.ToChanged(region.Id)));
        Publish((await db.Engineers.AsNoTracking().ToListAsync(cancellationToken)).Select(e => e.ToChanged(region.Id)));
        Publish((await db.Teams.AsNoTracking().Include(t => t.Licences).Include(t => t.Staff).AsSplitQuery().ToListAsync(cancellationToken)).Select(t => t.ToChanged(region.Id)));
        Publish((await db.Drivers.AsNoTracking().ToListAsync(cancellationToken)).Select(d => d.ToChanged(region.Id)));
        Publish((await db.Cars.AsNoTracking().Include(c => c.CarModel).ToListAsync(cancellationToken)).Select(c => c.ToChanged(region.Id)));
        Publish((await db.Events.AsNoTracking().Include(e => e.Engineers).ThenInclude(a => a.Engineer).ToListAsync(cancellationToken)).Select(e => e.ToChanged(region.Id)));
        Publish((await db.Entries.AsNoTracking().Include(e => e.Drivers).ToListAsync(cancellationToken)).Select(e => e.ToChanged(region.Id)));
        foreach (var standings in await db.SeasonStandingsVersions.AsNoTracking().ToListAsync(cancellationToken))
        {
            var season = await SeasonResults.LoadAsync(db, standings.SeasonId, cancellationToken);
            Publish(season.Sessions.Select(s => season.ToResultsChanged(region.Id, s)));
            Publish(season.Sessions.SelectMany(s => s.Decisions.Select(d => season.ToDecisionChanged(region.Id, s, d))));
            Publish([season.ToStandingsChanged(region.Id, standings)]);
        }
        Publish((await db.Certificates.AsNoTracking().ToListAsync(cancellationToken)).Select(c => c.ToChanged(region.Id)));
        Publish((await db.Enrolments.AsNoTracking().ToListAsync(cancellationToken)).Select(e => e.ToChanged(region.Id)));

        LogSnapshot(logger, region.Id, published);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Headquarters asked for a snapshot: {RegionId} re-published {Messages} messages")]
    private static partial void LogSnapshot(ILogger logger, string regionId, int messages);
}
