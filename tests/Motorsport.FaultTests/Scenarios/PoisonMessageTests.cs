using System.Text;
using Motorsport.FaultTests.Infrastructure;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace Motorsport.FaultTests.Scenarios;

[Collection(SingleBrokerCollection.Name)]
public sealed class PoisonMessageTests(SingleBrokerPlatform fault, ITestOutputHelper output)
{
    private const string MassTransitJson = MassTransitEnvelope.ContentType;
    private const string MarkerHeader = "fault-probe";

    /// <summary>One message of each way a message can be broken, and the queue MassTransit must move it to.</summary>
    private static readonly (string Kind, string ContentType, Func<string, string> Body, string Queue)[] Poisons =
    [
        ("not JSON", MassTransitJson, marker => $"{{ \"message\": broken {marker}", "_error"),
        ("empty body", MassTransitJson, _ => "", "_error"),
        ("unsupported content type", "application/x-motorsport-unknown", marker => marker, "_error"),
        ("unknown message type", MassTransitJson, marker => MassTransitEnvelope.Json(Guid.NewGuid(), "urn:message:Motorsport.Contracts.Catalog:NoSuchEvent", new { marker }), "_skipped"),
        ("wrong field types", MassTransitJson, marker => MassTransitEnvelope.Json(Guid.NewGuid(), CarModelChangedUrn, new { carModelId = marker, version = "one", state = "none" }), "_error"),
        ("no message id", MassTransitJson, marker => MassTransitEnvelope.Json(null, CarModelChangedUrn, CarModelChanged(Guid.NewGuid(), marker)), "_error"),
    ];

    private const string CarModelChangedUrn = "urn:message:Motorsport.Contracts.Catalog:CarModelChanged";

    [Fact]
    public async Task Malformed_messages_of_each_kind_are_set_aside_and_the_valid_message_behind_them_is_consumed()
    {
        var region = PlatformFixture.Regions[0];
        var queue = fault.Platform.RegionQueue(region, "car-model-changed");
        var factory = new ConnectionFactory { Uri = fault.Broker.Address(fault.Broker.First) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();

        var markers = new Dictionary<string, (string Kind, string Queue)>();
        foreach (var (kind, contentType, body, target) in Poisons)
        {
            var marker = $"poison-{Guid.NewGuid():N}";
            markers[marker] = (kind, queue + target);
            var properties = new BasicProperties { ContentType = contentType, Headers = new Dictionary<string, object?> { [MarkerHeader] = marker } };
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes(body(marker)));
        }

        var valid = Guid.NewGuid();
        await channel.BasicPublishAsync(
            "", queue, mandatory: true, new BasicProperties { ContentType = MassTransitJson },
            Encoding.UTF8.GetBytes(MassTransitEnvelope.Json(Guid.NewGuid(), CarModelChangedUrn, CarModelChanged(valid, $"VALID-{valid.ToString("N")[..8]}"))));

        var consumed = await Eventually.Until(
            () => ReplicaHoldsAsync(fault.Platform.RegionDatabase(region), valid), held => held, TimeSpan.FromSeconds(60), "the valid message behind the poison should be consumed");
        // Where each one went: MassTransit keeps the message's headers when it moves it, so the marker header finds it.
        var setAside = new Dictionary<string, string>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (setAside.Count < Poisons.Length && DateTime.UtcNow < deadline)
        {
            foreach (var target in new[] { queue + "_error", queue + "_skipped" })
            {
                foreach (var marker in await TakeMarkedAsync(connection, target, markers.Keys.ToHashSet()))
                {
                    setAside[markers[marker].Kind] = target;
                }
            }

            await Task.Delay(250);
        }

        FaultFigures.Report(output, "malformed messages into " + queue, string.Join(", ", Poisons.Select(p => $"{p.Kind} -> {setAside.GetValueOrDefault(p.Kind, "nowhere")}")) +
            $"; the valid message behind them consumed: {(consumed ? "yes" : "no")}");
        consumed.ShouldBeTrue();
        setAside.ShouldBe(markers.Values.ToDictionary(m => m.Kind, m => m.Queue), ignoreOrder: true);
    }

    /// <summary>Takes the messages carrying one of <paramref name="markers"/> off <paramref name="queue"/>; leaves every other message where it was.</summary>
    private static async Task<HashSet<string>> TakeMarkedAsync(IConnection connection, string queue, HashSet<string> markers)
    {
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            // MassTransit creates the error and skipped queues with their first message; until then a passive declare fails.
            await channel.QueueDeclarePassiveAsync(queue);
        }
        catch (OperationInterruptedException)
        {
            return [];
        }

        var found = new HashSet<string>();
        while (await channel.BasicGetAsync(queue, autoAck: false) is { } delivery)
        {
            var marker = delivery.BasicProperties.Headers?.TryGetValue(MarkerHeader, out var value) == true && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;
            if (marker is not null && markers.Contains(marker))
            {
                found.Add(marker);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            }
        }

        // Closing the channel returns every message not acknowledged above to the queue.
        return found;
    }

    private static async Task<bool> ReplicaHoldsAsync(string database, Guid carModelId)
    {
        await using var db = await Ledger.OpenAsync(database);
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM catalog_car_models WHERE "Id" = @id""", db);
        command.Parameters.AddWithValue("id", carModelId);
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }

    private static object CarModelChanged(Guid id, string code) => new
    {
        carModelId = id,
        version = 1,
        state = new { code = code[..Math.Min(code.Length, 40)], name = "valid", category = "Cup", generation = "992", modelYear = 2024, engine = "4.0 l flat-six", powerKw = 375, status = "Active" },
        changedAtUtc = DateTime.UtcNow,
    };

}
