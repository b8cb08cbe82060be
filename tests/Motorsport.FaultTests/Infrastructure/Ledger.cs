using System.Diagnostics;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;

namespace Motorsport.FaultTests.Infrastructure;

/// <summary>What the services' databases hold against what <see cref="Workload"/> was told was accepted.</summary>
/// <param name="Lost">Accepted writes that a region (car models) or headquarters' read model (teams) does not hold at the accepted version or newer.</param>
/// <param name="AppliedTwice">Messages a service applied more than once: inbox rows beyond one per message id.</param>
public sealed record Tally(int Lost, int AppliedTwice);

public sealed class Ledger(PlatformFixture platform, Workload workload)
{
    public static readonly TimeSpan ConvergenceTimeout = TimeSpan.FromSeconds(120);

    public async Task<Tally> CountAsync()
    {
        var lost = 0;
        var twice = 0;
        var carModels = workload.CarModels;
        foreach (var region in PlatformFixture.Regions)
        {
            await using var db = await OpenAsync(platform.RegionDatabase(region));
            var replica = await VersionsAsync(db, """SELECT "Id", "Version" FROM catalog_car_models""");
            lost += carModels.Count(model => !replica.TryGetValue(model.Key, out var version) || version < model.Value.Version);
            twice += await AppliedTwiceAsync(db);
        }

        await using (var headquarters = await OpenAsync(platform.HeadquartersDatabase))
        {
            foreach (var region in PlatformFixture.Regions)
            {
                var readModel = await VersionsAsync(headquarters, $"""SELECT "EntityId", "Version" FROM regional_records WHERE "Kind" = 'team' AND "Region" = '{region}'""");
                lost += workload.Teams.Count(team => team.Key.Region == region && (!readModel.TryGetValue(team.Key.Team, out var version) || version < team.Value));
            }

            twice += await AppliedTwiceAsync(headquarters);
        }

        return new Tally(lost, twice);
    }

    /// <summary>Waits until nothing accepted is missing anywhere; the time it took is the time to converge.</summary>
    public async Task<(Tally Tally, TimeSpan Elapsed)> ConvergeAsync()
    {
        var clock = Stopwatch.StartNew();
        var tally = await CountAsync();
        while (tally.Lost > 0 && clock.Elapsed < ConvergenceTimeout)
        {
            await Task.Delay(250);
            tally = await CountAsync();
        }

        return (tally, clock.Elapsed);
    }

    /// <summary>Redeliveries the inboxes recognised and skipped, as the services logged them.</summary>
    public static int DuplicatesAbsorbed(IEnumerable<ServiceProcess> services) =>
        services.Sum(service => CountOccurrences(service.Output, "already processed"));

    public static async Task<NpgsqlConnection> OpenAsync(string database)
    {
        var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(database));
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<Dictionary<Guid, long>> VersionsAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new Dictionary<Guid, long>();
        while (await reader.ReadAsync())
        {
            versions[reader.GetGuid(0)] = reader.GetInt64(1);
        }

        return versions;
    }

    private static async Task<int> AppliedTwiceAsync(NpgsqlConnection db)
    {
        // A message goes to one endpoint per service, so one inbox row per message id; a second is a second application.
        await using var command = new NpgsqlCommand("SELECT count(*) - count(DISTINCT message_id) FROM inbox_messages", db);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
