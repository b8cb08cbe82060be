using System.Diagnostics;
using Motorsport.FaultTests.Infrastructure;
using Xunit.Abstractions;

namespace Motorsport.FaultTests.Scenarios;

[Collection(SingleBrokerCollection.Name)]
public sealed class BrokerOutageTests(SingleBrokerPlatform fault, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);

    /// <summary>The bound on consumers' recovery: seconds, not MassTransit's 15–30 s reconnect schedule.</summary>
    private static readonly TimeSpan ConsumersResumeWithin = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_broker_stopped_for_30_seconds_during_writes_loses_nothing_and_applies_nothing_twice()
    {
        var platform = fault.Platform;
        var broker = fault.Broker.First;
        var workload = new Workload(platform);
        using var stop = new CancellationTokenSource();
        var writing = workload.RunAsync(stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(3));
        await broker.StopAsync();
        await Task.Delay(Outage);
        await broker.StartAsync();
        var resumed = await ConsumerProbe.TimeToConsumeAsync(platform, fault.Broker.Address(broker), timeout: TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await writing;
        var (tally, converged) = await new Ledger(platform, workload).ConvergeAsync();

        FaultFigures.Report(output, "broker stopped 30 s", $"accepted {workload.Accepted} (refused {workload.Refused}), lost {tally.Lost}, " +
            $"applied twice {tally.AppliedTwice}, duplicates absorbed {Ledger.DuplicatesAbsorbed(fault.Services)}, " +
            $"consumers resumed {FaultFigures.Seconds(resumed)} after the broker answered, converged {FaultFigures.Seconds(converged)} after the last write");
        workload.Accepted.ShouldBeGreaterThan(0);
        tally.Lost.ShouldBe(0);
        tally.AppliedTwice.ShouldBe(0);
        resumed.ShouldBeLessThanOrEqualTo(ConsumersResumeWithin);
    }
}
