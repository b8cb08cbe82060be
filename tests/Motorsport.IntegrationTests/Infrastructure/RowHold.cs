using Npgsql;

namespace Motorsport.IntegrationTests.Infrastructure;

/// <summary>
/// Holds one row of a service's database (<c>FOR UPDATE</c>) in a transaction of the test's own, so that requests touching
/// it are all in flight at once: each waits, either on the service's own lock of that row or, without one, on its first
/// write to it. Released, they run in the order they queued.
/// </summary>
public sealed class RowHold : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly string database;

    private RowHold(NpgsqlConnection connection, NpgsqlTransaction transaction, string database) =>
        (this.connection, this.transaction, this.database) = (connection, transaction, database);

    public static async Task<RowHold> TakeAsync(string database, string table, Guid id)
    {
        var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(database) + ";Pooling=false");
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var hold = new NpgsqlCommand($"SELECT 1 FROM \"{table}\" WHERE \"Id\" = @id FOR UPDATE", connection, transaction);
        hold.Parameters.AddWithValue("id", id);
        (await hold.ExecuteScalarAsync()).ShouldNotBeNull($"{table} {id} should exist");
        return new RowHold(connection, transaction, database);
    }

    /// <summary>Waits until <paramref name="count"/> other sessions of the database wait on a lock: the requests are queued behind this one.</summary>
    public async Task WaitForWaitersAsync(int count)
    {
        await using var probe = new NpgsqlConnection(TestEnvironment.PostgresDatabase(database) + ";Pooling=false");
        await probe.OpenAsync();
        await Eventually.Until(
            async () =>
            {
                await using var waiting = new NpgsqlCommand(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = @database AND wait_event_type = 'Lock'", probe);
                waiting.Parameters.AddWithValue("database", database);
                return (long)(await waiting.ExecuteScalarAsync())!;
            },
            waiters => waiters >= count,
            because: $"{count} requests should be waiting on the held row");
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.RollbackAsync();
        await connection.DisposeAsync();
    }
}
