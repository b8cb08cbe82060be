using System.Diagnostics.Metrics;

namespace Motorsport.Messaging.Outbox;

/// <summary>The outbox's own instruments: a parked row is a message no region will see until ops re-queue it, worth an alert.</summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "Motorsport.Messaging";

    private readonly Counter<long> parked;

    public OutboxMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        parked = meter.CreateCounter<long>("motorsport.outbox.parked", unit: "{message}", description: "Outbox rows parked because they could not be read");
    }

    public void Parked(string messageType) => parked.Add(1, new KeyValuePair<string, object?>("message.type", messageType));
}
