using System.Threading.Channels;

namespace Motorsport.Messaging.Outbox;

/// <summary>Wakes the relay right after a commit that wrote outbox rows; the timer sweep is the safety net.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => channel.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var sweepDue = new CancellationTokenSource(timeout, time);
        using var stopOrSweep = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, sweepDue.Token);
        try
        {
            await channel.Reader.ReadAsync(stopOrSweep.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The sweep interval elapsed without a signal: sweep anyway.
        }
    }
}
