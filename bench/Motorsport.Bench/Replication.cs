using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Motorsport.Bench;

/// <summary>How fast a change at headquarters reaches every region: after a burst, under a steady rate, one at a time.</summary>
internal static class Replication
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(120);

    public static async Task BurstAsync(Platform platform, int count, int concurrency, CancellationToken cancellationToken)
    {
        var run = RunId();
        var baseline = await BaselineAsync(platform, cancellationToken);
        var accepted = 0;
        var sending = true;
        var clock = Stopwatch.StartNew();
        var watchers = platform.Regions.ToDictionary(region => region, region => WhenCountReachesAsync(
            platform, region, () => Volatile.Read(ref sending) ? int.MaxValue : baseline[region] + Volatile.Read(ref accepted), clock, cancellationToken));

        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (i, cancel) =>
        {
            if (await platform.CreateCarModelAsync($"BENCH-{run}-{i}", cancel))
            {
                Interlocked.Increment(ref accepted);
            }
        });
        var burstEnded = clock.Elapsed;
        Volatile.Write(ref sending, false);

        var after = new Dictionary<string, TimeSpan?>();
        foreach (var (region, watcher) in watchers)
        {
            after[region] = await watcher is { } reached ? Max(reached - burstEnded, TimeSpan.Zero) : null;
        }

        Console.WriteLine(Invariant($"burst: {count} creates at headquarters through the gateway, {concurrency} in flight, sent in {burstEnded.TotalSeconds:F1} s ({accepted} accepted, {accepted / burstEnded.TotalSeconds:F0}/s)"));
        Console.WriteLine("  every region complete " + (after.Values.All(v => v is not null)
            ? Invariant($"{after.Values.Max()!.Value.TotalSeconds:F2} s after the burst ended (") + string.Join(", ", after.Select(a => Invariant($"{a.Key} {a.Value!.Value.TotalSeconds:F2} s"))) + ")"
            : $"NOT within {GiveUpAfter.TotalSeconds} s: " + string.Join(", ", after.Where(a => a.Value is null).Select(a => a.Key))));
    }

    public static async Task LagAsync(Platform platform, int rate, int seconds, int concurrency, CancellationToken cancellationToken)
    {
        var run = RunId();
        var baseline = await BaselineAsync(platform, cancellationToken);
        var total = rate * seconds;
        var acceptedAt = new ConcurrentBag<TimeSpan>();
        var writing = true;
        var clock = Stopwatch.StartNew();
        var observed = platform.Regions.ToDictionary(region => region, region => ObserveAsync(platform, region, baseline[region], () => Volatile.Read(ref writing) ? int.MaxValue : acceptedAt.Count, clock, cancellationToken));

        using var inFlight = new SemaphoreSlim(concurrency);
        var writes = new List<Task>(total);
        for (var k = 0; k < total; k++)
        {
            var due = TimeSpan.FromSeconds((double)k / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed, cancellationToken);
            }

            await inFlight.WaitAsync(cancellationToken);
            var code = $"LAG-{run}-{k}";
            writes.Add(Task.Run(async () =>
            {
                try
                {
                    if (await platform.CreateCarModelAsync(code, cancellationToken))
                    {
                        acceptedAt.Add(clock.Elapsed);
                    }
                }
                finally
                {
                    inFlight.Release();
                }
            }, cancellationToken));
        }

        await Task.WhenAll(writes);
        var wrote = clock.Elapsed;
        Volatile.Write(ref writing, false);
        var accepted = acceptedAt.Order().ToArray();

        Console.WriteLine(Invariant($"lag: {total} creates at {rate}/s asked ({accepted.Length} accepted in {wrote.TotalSeconds:F1} s, {accepted.Length / wrote.TotalSeconds:F0}/s held), {concurrency} in flight at most"));
        foreach (var (region, observation) in observed)
        {
            var counts = await observation;
            // The j-th accepted write counts as arrived when the replica first holds j more models than before: the regions
            // apply every write once, so the count rises by exactly the writes that arrived.
            var lags = new List<double>(accepted.Length);
            var sample = 0;
            for (var j = 1; j <= accepted.Length; j++)
            {
                while (sample < counts.Count && counts[sample].Count < j)
                {
                    sample++;
                }

                if (sample == counts.Count)
                {
                    break;
                }

                lags.Add(Max(counts[sample].At - accepted[j - 1], TimeSpan.Zero).TotalMilliseconds);
            }

            Console.WriteLine(lags.Count == accepted.Length
                ? Invariant($"  {region,-14} replication lag p50 {Percentile(lags, 0.50):F0} ms, p99 {Percentile(lags, 0.99):F0} ms, max {lags.Max():F0} ms (sampled every {PollInterval.TotalMilliseconds:F0} ms)")
                : Invariant($"  {region,-14} {accepted.Length - lags.Count} of {accepted.Length} writes NOT arrived within {GiveUpAfter.TotalSeconds} s"));
        }
    }

    public static async Task PropagationAsync(Platform platform, int samples, CancellationToken cancellationToken)
    {
        var run = RunId();
        var took = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var code = $"PROP-{run}-{i}";
            var clock = Stopwatch.StartNew();
            if (!await platform.CreateCarModelAsync(code, cancellationToken))
            {
                throw new InvalidOperationException($"headquarters refused {code}");
            }

            await Task.WhenAll(platform.Regions.Select(async region =>
            {
                while (!await platform.ServesCarModelAsync(region, code, cancellationToken))
                {
                    if (clock.Elapsed > GiveUpAfter)
                    {
                        throw new TimeoutException($"{code} did not reach {region} within {GiveUpAfter.TotalSeconds} s");
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(1), cancellationToken);
                }
            }));
            took.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(Invariant($"propagation: one create at headquarters until all {platform.Regions.Count} regions serve it, through the gateway ({samples} samples)"));
        Console.WriteLine(Invariant($"  min {took.Min():F0} ms   median {Percentile(took, 0.50):F0} ms   p95 {Percentile(took, 0.95):F0} ms   p99 {Percentile(took, 0.99):F0} ms   max {took.Max():F0} ms"));
    }

    private static async Task<Dictionary<string, int>> BaselineAsync(Platform platform, CancellationToken cancellationToken)
    {
        var baseline = new Dictionary<string, int>();
        foreach (var region in platform.Regions)
        {
            baseline[region] = await platform.CarModelCountAsync(region, cancellationToken);
        }

        return baseline;
    }

    private static async Task<TimeSpan?> WhenCountReachesAsync(Platform platform, string region, Func<int> target, Stopwatch clock, CancellationToken cancellationToken)
    {
        while (clock.Elapsed < GiveUpAfter + TimeSpan.FromMinutes(5))
        {
            var goal = target();
            if (await platform.CarModelCountAsync(region, cancellationToken) >= goal)
            {
                return clock.Elapsed;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        return null;
    }

    /// <summary>The replica's count above <paramref name="baseline"/> every poll, until it reaches what was accepted.</summary>
    private static async Task<List<(TimeSpan At, int Count)>> ObserveAsync(Platform platform, string region, int baseline, Func<int> accepted, Stopwatch clock, CancellationToken cancellationToken)
    {
        var counts = new List<(TimeSpan, int)>();
        var lastChange = clock.Elapsed;
        while (true)
        {
            var goal = accepted();
            var count = await platform.CarModelCountAsync(region, cancellationToken) - baseline;
            var at = clock.Elapsed;
            if (counts.Count == 0 || counts[^1].Item2 != count)
            {
                counts.Add((at, count));
                lastChange = at;
            }

            if (count >= goal || at - lastChange > GiveUpAfter)
            {
                return counts;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static double Percentile(List<double> values, double quantile)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string RunId() => Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
