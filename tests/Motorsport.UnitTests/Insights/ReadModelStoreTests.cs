using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Motorsport.Contracts.Regional;
using Motorsport.Headquarters.Data;
using Motorsport.Headquarters.Insights;

namespace Motorsport.UnitTests.Insights;

/// <summary>Headquarters applies a region's facts in any order and concurrently; the newest version and the latest change win.</summary>
public sealed class ReadModelStoreTests : IAsyncLifetime
{
    private static readonly Guid TeamId = Guid.NewGuid();
    private static readonly DateTime Noon = new(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync() => connection.DisposeAsync().AsTask();

    [Fact]
    public async Task An_older_first_version_applied_by_a_second_consumer_after_a_newer_one_changes_nothing()
    {
        await using var applyingVersion2 = Context();
        await using var applyingVersion1 = Context();

        await new ReadModelStore(applyingVersion2).UpsertAsync(Team(2), CancellationToken.None);
        await new ReadModelStore(applyingVersion1).UpsertAsync(Team(1), CancellationToken.None);

        var stored = await Stored();
        (stored.Version, stored.State).ShouldBe((2, """{"name":"v2"}"""));
    }

    [Fact]
    public async Task A_newer_version_replaces_the_stored_one()
    {
        await using var db = Context();
        var store = new ReadModelStore(db);

        await store.UpsertAsync(Team(1), CancellationToken.None);
        await store.UpsertAsync(Team(3), CancellationToken.None);
        // A redelivery of the newest and a late older one: neither moves the record.
        await store.UpsertAsync(Team(3), CancellationToken.None);
        await store.UpsertAsync(Team(2), CancellationToken.None);

        var stored = await Stored();
        (stored.Version, stored.State, stored.ChangedAtUtc).ShouldBe((3, """{"name":"v3"}""", Noon.AddMinutes(3)));
    }

    [Fact]
    public async Task The_last_change_of_a_region_never_moves_back_and_a_heartbeat_keeps_it()
    {
        await using var db = Context();
        var store = new ReadModelStore(db);

        await store.HeardAsync("europe", Noon, Noon.AddMinutes(5), CancellationToken.None);
        await store.HeardAsync("europe", Noon.AddMinutes(1), Noon.AddMinutes(2), CancellationToken.None);
        await store.HeardAsync("europe", Noon.AddMinutes(2), changedAtUtc: null, CancellationToken.None);

        await using var reader = Context();
        var freshness = await reader.RegionFreshness.SingleAsync();
        (freshness.LastMessageAtUtc, freshness.LastChangeAtUtc).ShouldBe((Noon.AddMinutes(2), Noon.AddMinutes(5)));
    }

    [Fact]
    public async Task A_region_first_heard_by_a_heartbeat_has_no_last_change_until_one_arrives()
    {
        await using var db = Context();
        var store = new ReadModelStore(db);

        await store.HeardAsync("us", Noon, changedAtUtc: null, CancellationToken.None);
        await store.HeardAsync("us", Noon.AddMinutes(1), Noon.AddMinutes(1), CancellationToken.None);

        await using var reader = Context();
        (await reader.RegionFreshness.SingleAsync()).LastChangeAtUtc.ShouldBe(Noon.AddMinutes(1));
    }

    private static RegionalRecord Team(long version) => new()
    {
        Region = "europe", Kind = RegionalKinds.Of<TeamState>(), EntityId = TeamId, Version = version, State = $$"""{"name":"v{{version}}"}""", ChangedAtUtc = Noon.AddMinutes(version),
    };

    private async Task<RegionalRecord> Stored()
    {
        await using var reader = Context();
        return await reader.RegionalRecords.SingleAsync();
    }

    private HeadquartersDbContext Context() => new HeadquartersSqliteContext(new DbContextOptionsBuilder<HeadquartersSqliteContext>().UseSqlite(connection).Options);
}
