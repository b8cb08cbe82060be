using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Motorsport.Data;

/// <summary>
/// The base of a service's context. On SQLite, which takes one writer at a time, the saves of a process queue here for
/// their turn instead of colliding in the database: a writer that finds the file locked is put to sleep for 150 ms by
/// Microsoft.Data.Sqlite before it tries again, which capped headquarters at ~165 creates a second under 32 concurrent
/// requests. A save inside an explicit transaction is left alone: that transaction may already hold the database's
/// write lock, and waiting here for a writer that waits for it would deadlock.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (WriterTurn() is not { } turn)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await turn.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            turn.Release();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (WriterTurn() is not { } turn)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        turn.Wait();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            turn.Release();
        }
    }

    private SemaphoreSlim? WriterTurn() =>
        Database.IsSqlite() && Database.CurrentTransaction is null
            ? SqliteWriters.GetOrAdd(Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1))
            : null;
}
