using System.Text;
using System.Text.RegularExpressions;
using Motorsport.IntegrationTests.Infrastructure;
using RabbitMQ.Client;

namespace Motorsport.IntegrationTests.Operations;

/// <summary>What an operator reads in a service's console: when each thing happened, in UTC, and what was set aside.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class OperatorLogTests(PlatformFixture platform)
{
    [Fact]
    public void Every_console_line_starts_with_a_utc_timestamp()
    {
        foreach (var service in PlatformFixture.Regions.Select(platform.Region).Append(platform.Headquarters).Append(platform.Gateway))
        {
            var lines = service.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            lines.ShouldNotBeEmpty();
            lines.ShouldAllBe(line => UtcTimestamp().IsMatch(line), $"{service.Name} logged a line without a UTC timestamp");
        }
    }

    [Fact]
    public async Task A_message_of_a_type_no_consumer_knows_is_logged_when_it_is_skipped()
    {
        var queue = platform.RegionQueue("europe", "car-model-changed");
        var messageId = Guid.NewGuid();
        var factory = new ConnectionFactory { Uri = TestEnvironment.RabbitMq };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var envelope = $$$"""{"messageId":"{{{messageId}}}","messageType":["urn:message:Motorsport.Contracts.Catalog:CarModelWithdrawn"],"message":{}}""";

        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = messageId.ToString() };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes(envelope));

        var line = await Eventually.Until(
            () => Task.FromResult(platform.Region("europe").Output.Split('\n').FirstOrDefault(l => l.Contains(messageId.ToString()))),
            found => found is not null,
            because: "the skipped message should be logged");
        line.ShouldNotBeNull().ShouldContain("CarModelWithdrawn");
        line.ShouldContain("_skipped");
        line.ShouldContain(" warn: ");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z ")]
    private static partial Regex UtcTimestamp();
}
