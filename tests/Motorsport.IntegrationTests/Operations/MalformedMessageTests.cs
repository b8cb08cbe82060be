using System.Text;
using MassTransit;
using Motorsport.IntegrationTests.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Motorsport.IntegrationTests.Operations;

[Collection(PlatformCollection.Name)]
public sealed class MalformedMessageTests(PlatformFixture platform)
{
    /// <summary>An operator finds what was sent, byte for byte, with why it was refused, in the queue's error queue.</summary>
    [Fact]
    public async Task A_message_that_cannot_be_read_lands_in_the_error_queue_unchanged_and_marked_as_a_fault()
    {
        var queue = platform.RegionQueue("europe", "car-model-changed");
        var marker = Guid.NewGuid().ToString();
        var factory = new ConnectionFactory { Uri = TestEnvironment.RabbitMq };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var errorQueue = $"{queue}_error";
        var sent = $"{{ \"message\": broken {marker}";

        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes(sent));

        var faulted = await Eventually.Until(
            async () =>
            {
                // MassTransit creates the error queue with the first fault; until then a passive declare fails and closes its channel.
                await using var probe = await connection.CreateChannelAsync();
                try
                {
                    await probe.QueueDeclarePassiveAsync(errorQueue);
                }
                catch (OperationInterruptedException)
                {
                    return null;
                }

                var delivery = await channel.BasicGetAsync(errorQueue, autoAck: false);
                if (delivery is null)
                {
                    return null;
                }

                var body = Encoding.UTF8.GetString(delivery.Body.Span);
                // Leave other tests' faults where they are; take only ours.
                if (!body.Contains(marker))
                {
                    await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true);
                    return null;
                }

                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
                return new Faulted(body, delivery.BasicProperties.Headers ?? new Dictionary<string, object?>());
            },
            faulted => faulted is not null,
            because: $"the malformed message should be moved to {errorQueue}");

        faulted!.Body.ShouldBe(sent);
        faulted.Header(MessageHeaders.Reason).ShouldBe("fault");
        faulted.Header(MessageHeaders.FaultExceptionType).ShouldNotBeNullOrWhiteSpace();
        faulted.Header(MessageHeaders.FaultMessage).ShouldNotBeNullOrWhiteSpace();
    }

    private sealed record Faulted(string Body, IDictionary<string, object?> Headers)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value?.ToString();
    }
}
