using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Motorsport.Messaging.Outbox;

public sealed class OutboxOptions
{
    /// <summary>How often unpublished rows are swept when no commit signals the relay (a broker outage, another replica's rows).</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker before the batch is left for the next sweep.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often a row whose type or payload cannot be read is tried before it is parked. More than one: a type missing
    /// during a rolling upgrade may resolve once the replica running the older image is gone.
    /// </summary>
    public int MaxAttempts { get; set; } = 5;
}

/// <summary>
/// Publishes committed outbox rows, a batch at a time in the order they were written. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> on
/// PostgreSQL, so several replicas share the work without publishing a row twice in the normal case;
/// a crash between publish and commit republishes with the same message id, which the inbox absorbs. A row that cannot be
/// read is passed over so the rows after it flow, and parked after <see cref="OutboxOptions.MaxAttempts"/>; a row the broker
/// does not take is retried at the next sweep, and parks nothing.
/// </summary>
internal sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopeFactory,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    OutboxMetrics metrics,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private readonly OutboxOptions settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await PublishBatchAsync(stoppingToken) == settings.BatchSize)
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogRelayFailed(logger, exception);
            }

            await signal.WaitAsync(settings.SweepInterval, time, stoppingToken);
        }
    }

    private async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        // PostgreSQL: the row locks that keep replicas apart live as long as this transaction. SQLite has no row locks
        // and runs one replica; a transaction there would hold the database's only write lock while the broker answers.
        await using var transaction = IsPostgres(db) ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

        var batch = await ClaimBatchAsync(db, cancellationToken);
        // The whole batch is in flight at once and its confirmations are awaited together: one broker round trip per batch
        // instead of one per row. Publication order within a batch is not kept, and need not be: every state event carries
        // its aggregate's version and consumers apply only a newer one, so arriving out of order changes nothing.
        var publishes = batch
            .Select(row => (Row: row, Readable: Read(row)))
            .Where(candidate => candidate.Readable is not null)
            .Select(candidate => (candidate.Row, Publish: PublishAsync(candidate.Row, candidate.Readable!.Value.Message, candidate.Readable.Value.Type, cancellationToken)))
            .ToList();
        Exception? failure = null;
        foreach (var (row, publish) in publishes)
        {
            try
            {
                await publish;
                row.PublishedAtUtc = time.GetUtcNow().UtcDateTime;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // What was confirmed is kept; a row the broker did not take waits for the next sweep.
                RecordFailure(row, exception);
                failure ??= exception;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        if (failure is not null)
        {
            LogPublishFailed(logger, failure);
            return 0;
        }

        var published = batch.Count(row => row.PublishedAtUtc is not null);
        if (published > 0)
        {
            LogPublished(logger, published);
        }

        return batch.Count;
    }

    /// <summary>Resolves the row's type and payload; a row that cannot be read counts an attempt and is parked at the last.</summary>
    private (object Message, Type Type)? Read(OutboxMessage row)
    {
        try
        {
            var messageType = Type.GetType(row.MessageType, throwOnError: true)!;
            var message = JsonSerializer.Deserialize(row.Payload, messageType, MessageJson.Options)
                ?? throw new JsonException($"Outbox row {row.MessageId} has an empty payload.");
            return (message, messageType);
        }
        catch (Exception exception) when (exception is TypeLoadException or FileNotFoundException or FileLoadException or BadImageFormatException
            or JsonException or NotSupportedException or ArgumentException)
        {
            RecordFailure(row, exception);
            if (row.Attempts >= settings.MaxAttempts)
            {
                row.ParkedAtUtc = time.GetUtcNow().UtcDateTime;
                metrics.Parked(row.MessageType);
                LogParked(logger, row.MessageId, row.MessageType, row.Attempts, exception);
            }
            else
            {
                LogUnreadable(logger, row.MessageId, row.MessageType, row.Attempts, settings.MaxAttempts, exception);
            }

            return null;
        }
    }

    private static void RecordFailure(OutboxMessage row, Exception exception)
    {
        row.Attempts++;
        row.LastError = exception.Message.Length <= OutboxMessage.LastErrorLength ? exception.Message : exception.Message[..OutboxMessage.LastErrorLength];
    }

    private async Task<List<OutboxMessage>> ClaimBatchAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var rows = db.Set<OutboxMessage>();
        if (IsPostgres(db))
        {
            return await rows
                .FromSqlInterpolated($"""
                    SELECT * FROM outbox_messages
                    WHERE published_at_utc IS NULL AND parked_at_utc IS NULL
                    ORDER BY created_at_utc, message_id
                    LIMIT {settings.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
        }

        return await rows
            .Where(row => row.PublishedAtUtc == null && row.ParkedAtUtc == null)
            .OrderBy(row => row.CreatedAtUtc).ThenBy(row => row.MessageId)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
    }

    private static bool IsPostgres(TDbContext db) => db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    private async Task PublishAsync(OutboxMessage row, object message, Type messageType, CancellationToken cancellationToken)
    {
        // Inside the trace of the request that wrote the row: MassTransit's send span and the consumers' spans follow it.
        using var activity = ActivityContext.TryParse(row.TraceParent, row.TraceState, isRemote: true, out var writer)
            ? OutboxTracing.Source.StartActivity(OutboxTracing.PublishActivity, ActivityKind.Internal, writer)
            : null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.PublishTimeout);
        await bus.Publish(message, messageType, context => context.MessageId = row.MessageId, timeout.Token);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Published {Count} outbox messages")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing from the outbox failed; the rows stay queued for the next sweep")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} of type {MessageType} cannot be read (attempt {Attempts} of {MaxAttempts}); the rows after it go on")]
    private static partial void LogUnreadable(ILogger logger, Guid messageId, string messageType, int attempts, int maxAttempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} of type {MessageType} could not be read in {Attempts} attempts and is parked; ops can list and re-queue it")]
    private static partial void LogParked(ILogger logger, Guid messageId, string messageType, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox relay failed; retrying at the next sweep")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception);
}
