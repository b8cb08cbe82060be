using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Motorsport.Data;

/// <summary>
/// The settings of every native SQLite connection, set the first time each one opens (Microsoft.Data.Sqlite's pool hands
/// the same native connection out again and again, and the settings stay with it):
/// <list type="bullet">
/// <item>write-ahead-log mode with <c>synchronous=NORMAL</c>: readers no longer wait for a writer, and a commit costs one
/// sequential append instead of two syncs of a rollback journal. A power cut can lose the last commits but never corrupts
/// the file; the services' consumers are idempotent and the broker redelivers what was not acknowledged.</item>
/// <item><c>busy_timeout</c>: a writer that finds another's transaction open waits inside SQLite, which retries after 1, 2,
/// 5, 10… ms, so it goes on about when the other commits. Without it Microsoft.Data.Sqlite sleeps 150 ms before each retry,
/// and every collision of two saves (a consumer and a request, two consumers) cost the later one 150 ms. The wait is the
/// connection's command timeout, the bound Microsoft.Data.Sqlite's own retries keep.</item>
/// </list>
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private readonly ConditionalWeakTable<sqlite3, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        var sqlite = (SqliteConnection)connection;
        if (!configured.TryGetValue(NativeHandle(sqlite), out _))
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas(sqlite);
            command.ExecuteNonQuery();
            configured.TryAdd(NativeHandle(sqlite), Instance);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var sqlite = (SqliteConnection)connection;
        if (!configured.TryGetValue(NativeHandle(sqlite), out _))
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas(sqlite);
            await command.ExecuteNonQueryAsync(cancellationToken);
            configured.TryAdd(NativeHandle(sqlite), Instance);
        }
    }

    private static string Pragmas(SqliteConnection connection) => string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout={connection.DefaultTimeout * 1000};");

    // Only UseSqlite adds this interceptor, and an opened SQLite connection always has its native handle.
    private static sqlite3 NativeHandle(SqliteConnection connection) => connection.Handle!;
}
