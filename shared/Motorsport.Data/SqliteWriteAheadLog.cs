using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Motorsport.Data;

/// <summary>
/// Runs SQLite in write-ahead-log mode with <c>synchronous=NORMAL</c>: readers no longer wait for a writer, and a commit
/// costs one sequential append instead of two syncs of a rollback journal. A power cut can lose the last commits but never
/// corrupts the file; the services' consumers are idempotent and the broker redelivers what was not acknowledged.
/// <c>synchronous</c> belongs to the native connection, which Microsoft.Data.Sqlite's pool hands out again and again; it
/// is set the first time each one opens, not on every open of every query.
/// </summary>
internal sealed class SqliteWriteAheadLog : DbConnectionInterceptor
{
    public static readonly SqliteWriteAheadLog Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

    private readonly ConditionalWeakTable<sqlite3, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Configured(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Configured(connection);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !configured.TryGetValue(handle, out _);

    private void Configured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            configured.TryAdd(handle, Instance);
        }
    }
}
