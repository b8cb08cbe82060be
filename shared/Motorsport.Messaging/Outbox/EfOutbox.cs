using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Motorsport.Messaging.Outbox;

internal sealed class EfOutbox(DbContext db, TimeProvider time) : IOutbox
{
    public void Publish<TMessage>(TMessage message) where TMessage : class
    {
        // The request (or consumer) staging the message; the relay publishes inside its trace, long after it ended.
        var writer = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current : null;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(time.GetUtcNow()),
            MessageType = MessageTypeName(typeof(TMessage)),
            Payload = JsonSerializer.Serialize(message, MessageJson.Options),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            TraceParent = writer?.Id,
            TraceState = writer?.TraceStateString is { Length: <= 512 } state ? state : null,
        });
    }

    // Assembly-qualified without version, so rows written before an upgrade still resolve after it.
    internal static string MessageTypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}

internal static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
