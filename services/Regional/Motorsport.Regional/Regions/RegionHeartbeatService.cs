using MassTransit;
using Motorsport.Contracts.Regional;

namespace Motorsport.Regional.Regions;

/// <summary>
/// Tells headquarters this region is alive on a fixed interval. Sent straight to the bus, not through the outbox: a
/// heartbeat that cannot be sent now is worthless later, and its absence is exactly what headquarters should see.
/// </summary>
public sealed partial class RegionHeartbeatService(IBus bus, RegionOptions region, TimeProvider time, ILogger<RegionHeartbeatService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(region.HeartbeatInterval, time);
        do
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                timeout.CancelAfter(region.HeartbeatInterval);
                await bus.Publish(new RegionHeartbeat(region.Id, time.GetUtcNow().UtcDateTime), timeout.Token);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogHeartbeatFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the region heartbeat; headquarters will show this region as stale until it resumes")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception);
}
