using System.CommandLine;
using Motorsport.Bench;

// The replication figures of bench/run-all.sh: writes at headquarters through the gateway, read back from every region's
// catalogue replica. Tokens come from BENCH_HQ_TOKEN (hq-admin) and BENCH_REGION_TOKENS ("europe=…,us=…").
var gateway = new Option<Uri>("--gateway") { DefaultValueFactory = _ => new Uri("http://127.0.0.1:5000") };
var count = new Option<int>("--count") { Description = "creates in the burst", DefaultValueFactory = _ => 5000 };
var concurrency = new Option<int>("--concurrency") { Description = "requests in flight", DefaultValueFactory = _ => 32 };
var rate = new Option<int>("--rate") { Description = "writes per second", DefaultValueFactory = _ => 500 };
var seconds = new Option<int>("--seconds") { Description = "how long the rate is held", DefaultValueFactory = _ => 20 };
var samples = new Option<int>("--samples") { DefaultValueFactory = _ => 30 };

var burst = new Command("burst", "N creates as fast as the gateway takes them; when does every region hold them all?") { gateway, count, concurrency };
burst.SetAction((result, cancel) => Run(result.GetValue(gateway)!, platform => Replication.BurstAsync(platform, result.GetValue(count), result.GetValue(concurrency), cancel)));
var lag = new Command("lag", "writes at a steady rate; how far behind is each region?") { gateway, rate, seconds, concurrency };
lag.SetAction((result, cancel) => Run(result.GetValue(gateway)!, platform => Replication.LagAsync(platform, result.GetValue(rate), result.GetValue(seconds), result.GetValue(concurrency), cancel)));
var propagation = new Command("propagation", "one create at a time; how long until every region serves it?") { gateway, samples };
propagation.SetAction((result, cancel) => Run(result.GetValue(gateway)!, platform => Replication.PropagationAsync(platform, result.GetValue(samples), cancel)));

return await new RootCommand("Motorsport replication benchmarks") { burst, lag, propagation }.Parse(args).InvokeAsync();

static async Task<int> Run(Uri gateway, Func<Platform, Task> measure)
{
    using var platform = Platform.FromEnvironment(gateway);
    await measure(platform);
    return 0;
}
