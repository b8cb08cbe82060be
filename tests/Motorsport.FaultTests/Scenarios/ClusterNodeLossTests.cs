using Motorsport.FaultTests.Infrastructure;
using Xunit.Abstractions;

namespace Motorsport.FaultTests.Scenarios;

[Collection(ClusterCollection.Name)]
public sealed class ClusterNodeLossTests(ClusterPlatform fault, ITestOutputHelper output)
{
    [Fact]
    public async Task One_node_of_three_killed_during_writes_and_brought_back_loses_nothing_and_applies_nothing_twice()
    {
        var platform = fault.Platform;
        // Every service connects to the first node it lists, so this is the node all of them, and the queues' leaders, are on.
        var node = fault.Broker.First;
        var queueTypes = await QueueTypesAsync();
        var workload = new Workload(platform);
        using var stop = new CancellationTokenSource();
        var writing = workload.RunAsync(stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(4));
        await node.KillAsync();
        await Task.Delay(TimeSpan.FromSeconds(10));
        await node.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await writing;
        var (tally, converged) = await new Ledger(platform, workload).ConvergeAsync();

        FaultFigures.Report(output, "cluster of 3, one node killed (SIGKILL) and brought back", $"accepted {workload.Accepted} (refused {workload.Refused}), " +
            $"lost {tally.Lost}, applied twice {tally.AppliedTwice}, duplicates absorbed {Ledger.DuplicatesAbsorbed(fault.Services)}, " +
            $"converged {FaultFigures.Seconds(converged)} after the last write; queues: {string.Join(", ", queueTypes.Values.CountBy(t => t).Select(t => $"{t.Value} {t.Key}"))}");
        queueTypes[platform.RegionQueue("europe", "car-model-changed")].ShouldBe("quorum");
        workload.Accepted.ShouldBeGreaterThan(0);
        tally.Lost.ShouldBe(0);
        tally.AppliedTwice.ShouldBe(0);
    }

    private async Task<Dictionary<string, string>> QueueTypesAsync()
    {
        var listing = await fault.Broker.Nodes[1].CtlAsync("list_queues", "--quiet", "--no-table-headers", "name", "type");
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')).ToDictionary(c => c[0], c => c[1].Trim());
    }
}
