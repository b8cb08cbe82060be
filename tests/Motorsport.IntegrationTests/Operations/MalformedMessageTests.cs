using System.Text;
using Motorsport.IntegrationTests.Infrastructure;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Motorsport.IntegrationTests.Operations;

[Collection(PlatformCollection.Name)]
public sealed class MalformedMessageTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_message_that_cannot_be_read_lands_in_the_error_queue()
    {
        var queue = platform.RegionQueue("europe", "car-model-changed");
        var marker = Guid.NewGuid().ToString();
        var factory = new ConnectionFactory { Uri = TestEnvironment.RabbitMq };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var errorQueue = $"{queue}_error";

        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = Guid.NewGuid().ToString() };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes($"{{ \"message\": broken {marker}"));

        var found = await Eventually.Until(
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
                    return false;
                }

                var delivery = await channel.BasicGetAsync(errorQueue, autoAck: false);
                if (delivery is null)
                {
                    return false;
                }

                var mine = Encoding.UTF8.GetString(delivery.Body.Span).Contains(marker);
                // Leave other tests' faults where they are; take only ours.
                if (mine)
                {
                    await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
                }
                else
                {
                    await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true);
                }

                return mine;
            },
            mine => mine,
            because: $"the malformed message should be moved to {errorQueue}");

        found.ShouldBeTrue();
    }
}
