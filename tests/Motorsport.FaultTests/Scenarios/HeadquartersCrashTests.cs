using Motorsport.FaultTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace Motorsport.FaultTests.Scenarios;

[Collection(SingleBrokerCollection.Name)]
public sealed class HeadquartersCrashTests(SingleBrokerPlatform fault, ITestOutputHelper output)
{
    private const int Writes = 300;

    [Fact]
    public async Task Headquarters_killed_between_commit_and_publish_publishes_every_committed_change_after_restart()
    {
        var platform = fault.Platform;
        var broker = fault.Broker.First;
        var workload = new Workload(platform);

        // A memory alarm makes the broker stop reading from publishers: every change commits, none can leave.
        await broker.CtlAsync("set_vm_memory_high_watermark", "0");
        int unpublished;
        try
        {
            await workload.CreateCarModelsAsync(Writes);
            unpublished = await UnpublishedAsync();
        }
        finally
        {
            await platform.RestartHeadquartersAsync(whileDown: () => broker.CtlAsync("set_vm_memory_high_watermark", "0.4"));
        }

        var (tally, converged) = await new Ledger(platform, workload).ConvergeAsync();
        var leftBehind = await UnpublishedAsync();

        FaultFigures.Report(output, "headquarters killed (SIGKILL) between commit and publish", $"accepted {workload.Accepted}, " +
            $"committed but unpublished at the kill {unpublished}, lost {tally.Lost}, applied twice {tally.AppliedTwice}, " +
            $"duplicates absorbed {Ledger.DuplicatesAbsorbed(fault.Services)}, converged {FaultFigures.Seconds(converged)} after the restart");
        workload.Accepted.ShouldBe(Writes);
        unpublished.ShouldBeGreaterThanOrEqualTo(Writes);
        tally.Lost.ShouldBe(0);
        tally.AppliedTwice.ShouldBe(0);
        leftBehind.ShouldBe(0);
    }

    private async Task<int> UnpublishedAsync()
    {
        await using var db = await Ledger.OpenAsync(fault.Platform.HeadquartersDatabase);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE published_at_utc IS NULL", db);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
