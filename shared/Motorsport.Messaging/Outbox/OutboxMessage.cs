namespace Motorsport.Messaging.Outbox;

/// <summary>An integration message written in the same transaction as the change it announces.</summary>
public sealed class OutboxMessage
{
    public Guid MessageId { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? PublishedAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
