using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Motorsport.Messaging.Inbox;
using Motorsport.Messaging.Outbox;

namespace Motorsport.Messaging.Retention;

public sealed class MessageRetentionOptions
{
    /// <summary>How long a published outbox row is kept, for tracing what a service sent. Unpublished rows are never removed.</summary>
    public TimeSpan PublishedOutbox { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a processed message id is remembered. A duplicate comes from a broker redelivery or a relay that crashed
    /// between publishing and committing, both within minutes, so a week leaves a wide margin.
    /// </summary>
    public TimeSpan Inbox { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Keeps the outbox and inbox tables from growing without end: heartbeats alone add thousands of inbox rows a day.</summary>
internal sealed partial class MessageRetentionService<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IOptions<MessageRetentionOptions> options,
    TimeProvider time,
    ILogger<MessageRetentionService<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var (outbox, inbox) = await MessageRetention.PruneAsync(
                    scope.ServiceProvider.GetRequiredService<TDbContext>(), settings, time.GetUtcNow().UtcDateTime, stoppingToken);
                if (outbox + inbox > 0)
                {
                    LogPruned(logger, outbox, inbox);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPruneFailed(logger, exception);
            }

            await Task.Delay(settings.Interval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {Outbox} published outbox rows and {Inbox} inbox rows past their retention")]
    private static partial void LogPruned(ILogger logger, int outbox, int inbox);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning the outbox and inbox failed; trying again at the next interval")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}

public static class MessageRetention
{
    /// <summary>Deletes published outbox rows and processed inbox ids older than their retention; returns how many of each.</summary>
    public static async Task<(int Outbox, int Inbox)> PruneAsync(
        DbContext db, MessageRetentionOptions settings, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var publishedBefore = nowUtc - settings.PublishedOutbox;
        var outbox = await db.Set<OutboxMessage>()
            .Where(m => m.PublishedAtUtc != null && m.PublishedAtUtc < publishedBefore)
            .ExecuteDeleteAsync(cancellationToken);

        var processedBefore = nowUtc - settings.Inbox;
        var inbox = await db.Set<InboxMessage>()
            .Where(m => m.ProcessedAtUtc < processedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        return (outbox, inbox);
    }
}
