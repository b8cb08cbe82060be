using System.Diagnostics;

namespace Motorsport.Messaging.Outbox;

/// <summary>The relay's spans: each publication from the outbox, a child of the request that wrote the row.</summary>
public static class OutboxTracing
{
    public const string SourceName = "Motorsport.Messaging.Outbox";

    public const string PublishActivity = "outbox publish";

    internal static readonly ActivitySource Source = new(SourceName);
}
