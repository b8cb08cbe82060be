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
        var handle = NativeHandle(connection);
        if (!configured.TryGetValue(handle, out _))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            configured.TryAdd(handle, Instance);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var handle = NativeHandle(connection);
        if (!configured.TryGetValue(handle, out _))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            configured.TryAdd(handle, Instance);
        }
    }

    // Only UseSqlite adds this interceptor, and an opened SQLite connection always has its native handle.
    private static sqlite3 NativeHandle(DbConnection connection) => ((SqliteConnection)connection).Handle!;
}
