using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Motorsport.Messaging.Inbox;

/// <summary>
/// Runs every consumer inside the inbox: a message id this endpoint already applied is skipped; otherwise
/// the consumer stages its changes on the service's DbContext (and any outbox messages), and this filter
/// commits them together with the inbox row in one SaveChanges. Consumers never call SaveChanges themselves.
/// </summary>
internal sealed partial class InboxFilter<TMessage>(
    MessagingDbContext messaging,
    TimeProvider time,
    ILogger<InboxFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    // Compiled once: every message runs this check, and a LINQ query would build, parameterise and look up its expression tree each time.
    private static readonly Func<DbContext, Guid, string, CancellationToken, Task<bool>> AlreadyApplied = EF.CompileAsyncQuery(
        (DbContext db, Guid messageId, string endpoint, CancellationToken _) => db.Set<InboxMessage>().Any(m => m.MessageId == messageId && m.Endpoint == endpoint));

    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var db = messaging.Context;
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id.");
        var endpoint = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');

        if (await AlreadyApplied(db, messageId, endpoint, context.CancellationToken))
        {
            LogDuplicate(logger, messageId, endpoint);
            // Acknowledge it as consumed: an unconsumed message would be moved to the _skipped queue as if nobody wanted it.
            await context.NotifyConsumed(context, TimeSpan.Zero, "inbox");
            return;
        }

        try
        {
            await next.Send(context);
            db.Set<InboxMessage>().Add(new InboxMessage
            {
                MessageId = messageId,
                Endpoint = endpoint,
                ProcessedAtUtc = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch
        {
            // A retry may run in the same scope: it must start from the database, not from this attempt's changes.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped message {MessageId} on {Endpoint}: already processed")]
    private static partial void LogDuplicate(ILogger logger, Guid messageId, string endpoint);
}

/// <summary>The service's DbContext, under a name the generic messaging filters can resolve.</summary>
public sealed record MessagingDbContext(DbContext Context);
