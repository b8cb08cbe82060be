using Motorsport.FaultTests.Infrastructure;
using Motorsport.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Motorsport.FaultTests.Scenarios;

[Collection(SingleBrokerCollection.Name)]
public sealed class ReplicaTests(SingleBrokerPlatform fault, ITestOutputHelper output)
{
    [Fact]
    public async Task Two_replicas_of_headquarters_on_one_database_and_two_of_a_region_on_one_queue_lose_and_double_nothing()
    {
        var platform = fault.Platform;
        var region = PlatformFixture.Regions[0];
        var replicas = await Task.WhenAll(platform.StartHeadquartersReplicaAsync(), platform.StartRegionReplicaAsync(region));
        var (headquartersReplica, regionReplica) = (replicas[0], replicas[1]);
        try
        {
            var queue = platform.RegionQueue(region, "car-model-changed");
            var consumers = await Eventually.Until(() => ConsumersAsync(queue), count => count == 2, because: $"both processes of {region} should consume from {queue}");
            var workload = new Workload(platform);
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(12));
            await workload.RunAsync(
                [platform.Headquarters.Address, headquartersReplica.Address],
                PlatformFixture.Regions.ToDictionary(
                    r => r, r => (IReadOnlyList<Uri>)(r == region ? [platform.Region(r).Address, regionReplica.Address] : [platform.Region(r).Address])),
                stop.Token);
            var (tally, converged) = await new Ledger(platform, workload).ConvergeAsync();

            FaultFigures.Report(output, $"two replicas of headquarters and of {region}", $"accepted {workload.Accepted} (refused {workload.Refused}), " +
                $"lost {tally.Lost}, applied twice {tally.AppliedTwice}, " +
                $"duplicates absorbed {Ledger.DuplicatesAbsorbed(fault.Services.Concat(replicas))}, converged {FaultFigures.Seconds(converged)} after the last write");
            consumers.ShouldBe(2);
            workload.Accepted.ShouldBeGreaterThan(0);
            tally.Lost.ShouldBe(0);
            tally.AppliedTwice.ShouldBe(0);
        }
        finally
        {
            await platform.StopAsync(headquartersReplica);
            await platform.StopAsync(regionReplica);
        }
    }

    private async Task<int> ConsumersAsync(string queue)
    {
        var listing = await fault.Broker.First.CtlAsync("list_queues", "--quiet", "--no-table-headers", "name", "consumers");
        var line = listing.Split('\n').Select(l => l.Split('\t')).Single(columns => columns[0] == queue);
        return int.Parse(line[1]);
    }
}
