using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Motorsport.Data;

/// <summary>
/// How every service connection to SQLite runs:
/// <list type="bullet">
/// <item>write-ahead log with <c>synchronous=NORMAL</c>: readers no longer wait for a writer, and a commit costs one
/// sequential append instead of two syncs of a rollback journal. A power cut can lose the last commits but never corrupts
/// the file; the services' consumers are idempotent and the broker redelivers what was not acknowledged;</item>
/// <item>a busy timeout: a writer finding the single write lock taken waits inside SQLite, which retries within
/// milliseconds, instead of failing back to Microsoft.Data.Sqlite, which retries only after sleeping 150 ms. Consumers,
/// the outbox relay and requests write at once, so without it every collision cost a request or a message 150 ms.</item>
/// </list>
/// <c>synchronous</c> and <c>busy_timeout</c> belong to the connection, so they are set each time one opens.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    // As long as Microsoft.Data.Sqlite's own default command timeout: the wait a caller could already have.
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
