using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Motorsport.Data;

/// <summary>
/// Runs SQLite in write-ahead-log mode with <c>synchronous=NORMAL</c>: readers no longer wait for a writer, and a commit
/// costs one sequential append instead of two syncs of a rollback journal. A power cut can lose the last commits but never
/// corrupts the file; the services' consumers are idempotent and the broker redelivers what was not acknowledged.
/// <c>synchronous</c> belongs to the connection, so it is set each time one opens.
/// </summary>
internal sealed class SqliteWriteAheadLog : DbConnectionInterceptor
{
    public static readonly SqliteWriteAheadLog Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

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
