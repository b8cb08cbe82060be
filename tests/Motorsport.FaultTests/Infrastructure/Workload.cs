using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.FaultTests.Infrastructure;

/// <summary>
/// A steady stream of writes as users make them: headquarters creates and updates car models (each reaches every region),
/// and each regional office creates teams (each reaches headquarters' read model). It remembers every write a service
/// accepted (answered 2xx), with the version it answered, so <see cref="Ledger"/> can check that each one arrived.
/// </summary>
public sealed class Workload(PlatformFixture platform)
{
    private static readonly TimeSpan HeadquartersPace = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan RegionPace = TimeSpan.FromMilliseconds(400);

    private readonly ConcurrentDictionary<Guid, (string Code, long Version)> carModels = new();
    private readonly ConcurrentDictionary<(string Region, Guid Team), long> teams = new();
    private int refused;

    public IReadOnlyDictionary<Guid, (string Code, long Version)> CarModels => carModels;

    public IReadOnlyDictionary<(string Region, Guid Team), long> Teams => teams;

    /// <summary>Writes the services accepted; a write to a stopped service, or refused, is not one.</summary>
    public int Accepted => carModels.Values.Sum(m => (int)m.Version) + teams.Values.Sum(v => (int)v);

    public int Refused => refused;

    /// <summary>Writes until <paramref name="stop"/> is cancelled, spread over every address given for headquarters and for each region.</summary>
    public async Task RunAsync(IReadOnlyList<Uri> headquarters, IReadOnlyDictionary<string, IReadOnlyList<Uri>> regions, CancellationToken stop)
    {
        var writers = regions.Select(region => WriteTeamsAsync(region.Key, region.Value, stop)).Append(WriteCarModelsAsync(headquarters, stop));
        await Task.WhenAll(writers);
    }

    /// <summary>The platform's own processes: one headquarters, one process per region.</summary>
    public Task RunAsync(CancellationToken stop) =>
        RunAsync([platform.Headquarters.Address], PlatformFixture.Regions.ToDictionary(r => r, r => (IReadOnlyList<Uri>)[platform.Region(r).Address]), stop);

    /// <summary>As many new car models as given, as fast as headquarters takes them.</summary>
    public async Task CreateCarModelsAsync(int count, int parallel = 4)
    {
        using var client = platform.ClientWithToken(platform.Token(Roles.HeadquartersAdmin), platform.Headquarters.Address);
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (_, _) => await CreateCarModelAsync(client));
    }

    private async Task WriteCarModelsAsync(IReadOnlyList<Uri> addresses, CancellationToken stop)
    {
        var clients = addresses.Select(address => platform.ClientWithToken(platform.Token(Roles.HeadquartersAdmin), address)).ToList();
        try
        {
            for (var step = 0; !stop.IsCancellationRequested; step++)
            {
                var client = clients[step % clients.Count];
                await (step % 3 == 2 && !carModels.IsEmpty ? UpdateCarModelAsync(client, step) : CreateCarModelAsync(client));
                await Pause(HeadquartersPace, stop);
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private async Task CreateCarModelAsync(HttpClient client)
    {
        var code = $"F-{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}";
        var (status, body) = await SendAsync(client, HttpMethod.Post, "/api/hq/catalog/car-models", NewCarModel(code));
        if (status == HttpStatusCode.Created)
        {
            carModels[body.GetProperty("id").GetGuid()] = (code, body.GetProperty("version").GetInt64());
        }
    }

    private async Task UpdateCarModelAsync(HttpClient client, int step)
    {
        var (id, (code, version)) = carModels.ElementAt(step % carModels.Count);
        var (status, body) = await SendAsync(client, HttpMethod.Put, $"/api/hq/catalog/car-models/{code}", ChangedCarModel(version));
        if (status == HttpStatusCode.OK)
        {
            carModels[id] = (code, body.GetProperty("version").GetInt64());
        }
    }

    private async Task WriteTeamsAsync(string region, IReadOnlyList<Uri> addresses, CancellationToken stop)
    {
        var clients = addresses.Select(address => platform.ClientWithToken(platform.Token(Roles.RegionStaff, region), address)).ToList();
        try
        {
            for (var step = 0; !stop.IsCancellationRequested; step++)
            {
                var (status, body) = await SendAsync(
                    clients[step % clients.Count], HttpMethod.Post, $"/api/regions/{region}/teams", new { name = $"Fault Racing {Guid.NewGuid():N}"[..40], country = "AT" });
                if (status == HttpStatusCode.Created)
                {
                    teams[(region, body.GetProperty("id").GetGuid())] = body.GetProperty("version").GetInt64();
                }

                await Pause(RegionPace, stop);
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        try
        {
            var result = await client.SendJsonAsync(method, path, body);
            if ((int)result.Status >= 300)
            {
                Interlocked.Increment(ref refused);
            }

            return result;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            // The service is down (killed by the test): the user sees an error and nothing was accepted.
            Interlocked.Increment(ref refused);
            return (HttpStatusCode.ServiceUnavailable, default);
        }
    }

    private static object NewCarModel(string code) => new
    {
        code, name = "911 GT3 R", category = "GT3", generation = "992", modelYear = 2023, engine = "4.2 l flat-six", powerKw = 416,
    };

    private static object ChangedCarModel(long version) => new
    {
        name = $"911 GT3 R v{version + 1}", category = "GT3", generation = "992", modelYear = 2023, engine = "4.2 l flat-six", powerKw = 416, version,
    };

    private static async Task Pause(TimeSpan pace, CancellationToken stop)
    {
        try
        {
            await Task.Delay(pace, stop);
        }
        catch (OperationCanceledException)
        {
            // The stream ends; the loop sees the cancellation.
        }
    }
}
