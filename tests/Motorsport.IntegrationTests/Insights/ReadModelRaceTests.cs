using MassTransit;
using Motorsport.Contracts.Regional;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;

namespace Motorsport.IntegrationTests.Insights;

/// <summary>
/// Headquarters consumes a region's facts concurrently. Two first versions of one record, and the first messages of a region
/// headquarters has not heard from yet, arriving together must each be applied on the first try, newest version kept.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ReadModelRaceTests(PlatformFixture platform)
{
    [Fact]
    public async Task First_versions_arriving_together_are_applied_without_a_retry_and_the_newest_wins()
    {
        var region = $"race-{Guid.NewGuid().ToString("N")[..8]}";
        var teams = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();
        var messageIds = new List<Guid>();
        TeamChanged Version(Guid team, long version) =>
            new(region, team, version, new TeamState($"Race Team v{version}", "DE", [], []), DateTime.UtcNow);

        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(TestEnvironment.RabbitMq));
        await bus.StartAsync();
        try
        {
            await Task.WhenAll(teams.SelectMany(team => new[] { Version(team, 2), Version(team, 1) }).Select(message =>
            {
                var id = NewId.NextGuid();
                lock (messageIds)
                {
                    messageIds.Add(id);
                }

                return bus.Publish(message, context => context.MessageId = id);
            }));
        }
        finally
        {
            await bus.StopAsync();
        }

        try
        {
            var versions = await Eventually.Until(
                () => VersionsAsync(region),
                applied => applied.Count == teams.Count && applied.Values.All(version => version == 2),
                because: "headquarters should apply every team at its newest version");
            versions.Count.ShouldBe(teams.Count);
            (await FreshnessRowsAsync(region)).ShouldBe(1);
            var output = platform.Headquarters.Output;
            messageIds.ShouldNotContain(id => output.Contains(id.ToString()), "no message of the race should have been retried or faulted");
        }
        finally
        {
            // No region will ever re-publish these: a rebuild of the views elsewhere in the suite must not miss them.
            await ForgetRegionAsync(region);
        }
    }

    private async Task ForgetRegionAsync(string region)
    {
        // Unpooled: a test elsewhere drops and recreates headquarters' database, which ends every pooled connection to it.
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(platform.HeadquartersDatabase) + ";Pooling=false");
        await connection.OpenAsync();
        await using var delete = new NpgsqlCommand("""DELETE FROM regional_records WHERE "Region" = @region; DELETE FROM region_freshness WHERE "Region" = @region""", connection);
        delete.Parameters.AddWithValue("region", region);
        await delete.ExecuteNonQueryAsync();
    }

    private async Task<Dictionary<Guid, long>> VersionsAsync(string region)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(platform.HeadquartersDatabase) + ";Pooling=false");
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT "EntityId", "Version" FROM regional_records WHERE "Region" = @region""", connection);
        query.Parameters.AddWithValue("region", region);
        await using var reader = await query.ExecuteReaderAsync();
        var versions = new Dictionary<Guid, long>();
        while (await reader.ReadAsync())
        {
            versions[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        return versions;
    }

    private async Task<long> FreshnessRowsAsync(string region)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(platform.HeadquartersDatabase) + ";Pooling=false");
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("""SELECT count(*) FROM region_freshness WHERE "Region" = @region""", connection);
        query.Parameters.AddWithValue("region", region);
        return (long)(await query.ExecuteScalarAsync())!;
    }
}
