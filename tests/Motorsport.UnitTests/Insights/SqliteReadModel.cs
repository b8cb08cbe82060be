using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Motorsport.Contracts.Regional;
using Motorsport.Headquarters.Data;
using Motorsport.Headquarters.Insights;

namespace Motorsport.UnitTests.Insights;

/// <summary>Headquarters' read model in an in-memory SQLite database, filled as the consumer fills it and read as the API reads it.</summary>
internal sealed class SqliteReadModel : IAsyncDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    private SqliteReadModel()
    {
    }

    public static async Task<SqliteReadModel> CreateAsync()
    {
        var readModel = new SqliteReadModel();
        await readModel.connection.OpenAsync();
        await using var db = readModel.Context();
        await db.Database.EnsureCreatedAsync();
        return readModel;
    }

    public HeadquartersDbContext Context() =>
        new HeadquartersSqliteContext(new DbContextOptionsBuilder<HeadquartersSqliteContext>().UseSqlite(connection).Options);

    /// <summary>Applies one change of a region's <typeparamref name="TState"/>, heard at <paramref name="heardAtUtc"/>.</summary>
    public async Task ApplyAsync<TState>(string region, Guid id, TState state, DateTime heardAtUtc, long version = 1)
    {
        await using var db = Context();
        await new ReadModelStore(db).ApplyAsync(new Change<TState>(region, id, version, state, heardAtUtc), heardAtUtc, CancellationToken.None);
    }

    public async Task HeardAsync(string region, DateTime heardAtUtc)
    {
        await using var db = Context();
        await new ReadModelStore(db).HeardAsync(region, heardAtUtc, changedAtUtc: null, CancellationToken.None);
    }

    public async Task<T> ReadAsync<T>(DateTime nowUtc, Func<InsightsReader, Task<T>> read)
    {
        await using var db = Context();
        return await read(new InsightsReader(db, new FixedClock(nowUtc), Options.Create(new InsightsOptions())));
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private sealed record Change<TState>(string Region, Guid Id, long Version, TState State, DateTime ChangedAtUtc) : IRegionalChange<TState>;

    private sealed class FixedClock(DateTime nowUtc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(nowUtc);
    }
}
