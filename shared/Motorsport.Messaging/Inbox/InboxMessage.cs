namespace Motorsport.Messaging.Inbox;

/// <summary>A message id an endpoint has already applied; the key that makes at-least-once delivery effectively-once.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Endpoint { get; init; }
    public DateTime ProcessedAtUtc { get; init; }
}
