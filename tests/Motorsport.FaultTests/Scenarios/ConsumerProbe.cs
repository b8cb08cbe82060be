using System.Diagnostics;
using Motorsport.Contracts.Catalog;
using Motorsport.Contracts.Regional;
using Motorsport.FaultTests.Infrastructure;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;
using RabbitMQ.Client;

namespace Motorsport.FaultTests.Scenarios;

/// <summary>
/// Measures how soon the services consume again: one event published straight to the broker for the regions (a car model)
/// and one for headquarters (a team), timed until every consumer has applied it.
/// </summary>
internal static class ConsumerProbe
{
    public static async Task<TimeSpan> TimeToConsumeAsync(PlatformFixture platform, Uri broker, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var carModelId = Guid.NewGuid();
        var teamId = Guid.NewGuid();
        var region = PlatformFixture.Regions[0];
        var factory = new ConnectionFactory { Uri = broker };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await MassTransitEnvelope.PublishAsync(channel, "urn:message:Motorsport.Contracts.Catalog:CarModelChanged", new CarModelChanged(
                carModelId, 1, new CarModelState($"PROBE-{carModelId.ToString("N")[..8]}", "probe", "Cup", "992", 2024, "4.0 l flat-six", 375, null, "Active"), DateTime.UtcNow));
            await MassTransitEnvelope.PublishAsync(channel, "urn:message:Motorsport.Contracts.Regional:TeamChanged", new TeamChanged(
                region, teamId, 1, new TeamState("Probe Racing", "AT", [], []), DateTime.UtcNow));
        }

        foreach (var database in PlatformFixture.Regions.Select(platform.RegionDatabase))
        {
            await WaitForRowAsync(database, """SELECT count(*) FROM catalog_car_models WHERE "Id" = @id""", carModelId, clock, timeout);
        }

        await WaitForRowAsync(platform.HeadquartersDatabase, """SELECT count(*) FROM regional_records WHERE "EntityId" = @id""", teamId, clock, timeout);
        return clock.Elapsed;
    }

    private static async Task WaitForRowAsync(string database, string sql, Guid id, Stopwatch clock, TimeSpan timeout)
    {
        await using var db = await Ledger.OpenAsync(database);
        while (true)
        {
            await using var command = new NpgsqlCommand(sql, db);
            command.Parameters.AddWithValue("id", id);
            if (Convert.ToInt64(await command.ExecuteScalarAsync()) > 0)
            {
                return;
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{database} had not consumed the probe {id} after {clock.Elapsed}");
            }

            await Task.Delay(50);
        }
    }
}
