using Motorsport.FaultTests.Infrastructure;
using Motorsport.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Motorsport.FaultTests.Scenarios;

[Collection(SingleBrokerCollection.Name)]
public sealed class RegionCrashTests(SingleBrokerPlatform fault, ITestOutputHelper output)
{
    [Fact]
    public async Task A_region_killed_mid_consume_and_restarted_catches_up_with_every_change()
    {
        var platform = fault.Platform;
        var region = PlatformFixture.Regions[0];
        var workload = new Workload(platform);
        using var stop = new CancellationTokenSource();
        var writing = workload.RunAsync(stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(4));
        await platform.StopRegionAsync(region);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await platform.StartRegionAsync(region);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await writing;
        var (tally, converged) = await new Ledger(platform, workload).ConvergeAsync();

        FaultFigures.Report(output, $"region {region} killed (SIGKILL) mid-consume", $"accepted {workload.Accepted} (refused {workload.Refused}), " +
            $"lost {tally.Lost}, applied twice {tally.AppliedTwice}, duplicates absorbed {Ledger.DuplicatesAbsorbed(fault.Services)}, " +
            $"converged {FaultFigures.Seconds(converged)} after the last write");
        workload.Accepted.ShouldBeGreaterThan(0);
        tally.Lost.ShouldBe(0);
        tally.AppliedTwice.ShouldBe(0);
    }
}
