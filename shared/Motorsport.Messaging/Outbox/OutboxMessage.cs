namespace Motorsport.Messaging.Outbox;

/// <summary>An integration message written in the same transaction as the change it announces.</summary>
public sealed class OutboxMessage
{
    public const int LastErrorLength = 2000;

    public Guid MessageId { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public DateTime CreatedAtUtc { get; init; }
    public DateTime? PublishedAtUtc { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>The W3C <c>traceparent</c> of the activity that wrote the row, so its publication continues that trace.</summary>
    public string? TraceParent { get; init; }

    /// <summary>The W3C <c>tracestate</c> that goes with <see cref="TraceParent"/>.</summary>
    public string? TraceState { get; init; }
    /// <summary>Set when the row could not be read after the allowed attempts: kept for ops, skipped by the relay until re-queued.</summary>
    public DateTime? ParkedAtUtc { get; set; }
}
