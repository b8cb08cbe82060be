using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace Motorsport.FaultTests.Infrastructure;

/// <summary>Messages as MassTransit writes them, published with the plain RabbitMQ client: no bus to start, nothing checked.</summary>
public static class MassTransitEnvelope
{
    public const string ContentType = "application/vnd.masstransit+json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Json(Guid? messageId, string messageType, object message) => JsonSerializer.Serialize(
        new { messageId, messageType = new[] { messageType }, message, sentTime = DateTime.UtcNow }, Options);

    /// <summary>Publishes to the message type's exchange, as MassTransit does, so every queue bound to it gets a copy.</summary>
    public static async Task PublishAsync(IChannel channel, string messageType, object message)
    {
        var exchange = messageType["urn:message:".Length..];
        await channel.BasicPublishAsync(
            exchange, "", mandatory: false, new BasicProperties { ContentType = ContentType, Persistent = true },
            Encoding.UTF8.GetBytes(Json(Guid.NewGuid(), messageType, message)));
    }
}
