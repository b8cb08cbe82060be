using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Motorsport.Messaging.Outbox;

internal sealed class EfOutbox(DbContext db, TimeProvider time) : IOutbox
{
    public void Publish<TMessage>(TMessage message) where TMessage : class =>
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(time.GetUtcNow()),
            MessageType = MessageTypeName(typeof(TMessage)),
            Payload = JsonSerializer.Serialize(message, MessageJson.Options),
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        });

    // Assembly-qualified without version, so rows written before an upgrade still resolve after it.
    internal static string MessageTypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}

internal static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
