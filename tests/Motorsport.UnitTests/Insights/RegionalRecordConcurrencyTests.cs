using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Motorsport.Headquarters.Data;
using Motorsport.Headquarters.Insights;

namespace Motorsport.UnitTests.Insights;

/// <summary>Headquarters' consumer applies a region's facts concurrently; an older version must never overwrite a newer one.</summary>
public sealed class RegionalRecordConcurrencyTests : IAsyncLifetime
{
    private static readonly Guid TeamId = Guid.NewGuid();

    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        await using var db = Context();
        await db.Database.EnsureCreatedAsync();
        db.RegionalRecords.Add(new RegionalRecord { Region = "europe", Kind = RecordKinds.Team, EntityId = TeamId, Version = 2, State = "{}" });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => connection.DisposeAsync().AsTask();

    [Fact]
    public async Task Of_two_versions_applied_at_once_the_one_that_commits_second_fails_instead_of_overwriting()
    {
        await using var applyingVersion3 = Context();
        await using var applyingVersion4 = Context();
        var older = await applyingVersion3.RegionalRecords.SingleAsync();
        var newer = await applyingVersion4.RegionalRecords.SingleAsync();

        (newer.Version, newer.State) = (4, """{"name":"v4"}""");
        await applyingVersion4.SaveChangesAsync();
        (older.Version, older.State) = (3, """{"name":"v3"}""");

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => applyingVersion3.SaveChangesAsync());
        await using var reader = Context();
        (await reader.RegionalRecords.SingleAsync()).Version.ShouldBe(4);
    }

    private HeadquartersSqliteContext Context() => new(new DbContextOptionsBuilder<HeadquartersSqliteContext>().UseSqlite(connection).Options);
}
