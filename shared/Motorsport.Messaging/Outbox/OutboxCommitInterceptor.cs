using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Motorsport.Messaging.Outbox;

/// <summary>Signals the relay once outbox rows are committed, so messages leave right after the change.</summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfCommitted(eventData.Context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (HasOutboxRows(eventData.Context))
        {
            signal.Notify();
        }
    }

    private void NotifyIfCommitted(DbContext? context)
    {
        // Inside an explicit transaction the rows are not visible yet; TransactionCommitted signals instead.
        if (context?.Database.CurrentTransaction is null && HasOutboxRows(context))
        {
            signal.Notify();
        }
    }

    private static bool HasOutboxRows(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any();
}
