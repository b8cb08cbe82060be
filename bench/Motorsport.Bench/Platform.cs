using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Motorsport.Bench;

/// <summary>The gateway as headquarters' admin and each region's staff see it: create a car model, count a replica.</summary>
internal sealed class Platform(HttpClient http, string hqToken, IReadOnlyDictionary<string, string> regionTokens) : IDisposable
{
    public IReadOnlyCollection<string> Regions => [.. regionTokens.Keys];

    public static Platform FromEnvironment(Uri gateway)
    {
        var hq = Environment.GetEnvironmentVariable("BENCH_HQ_TOKEN") ?? throw new InvalidOperationException("BENCH_HQ_TOKEN is not set");
        var regions = (Environment.GetEnvironmentVariable("BENCH_REGION_TOKENS") ?? throw new InvalidOperationException("BENCH_REGION_TOKENS is not set"))
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        return new Platform(new HttpClient(handler) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) }, hq, regions);
    }

    /// <summary>True when headquarters accepted the model (201).</summary>
    public async Task<bool> CreateCarModelAsync(string code, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/hq/catalog/car-models")
        {
            Content = JsonContent.Create(new
            {
                code,
                name = $"Bench car {code}",
                category = "Cup",
                generation = "992",
                modelYear = 2024,
                engine = "4.0 l flat-six",
                powerKw = 375,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", hqToken);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode == HttpStatusCode.Created;
    }

    public async Task<int> CarModelCountAsync(string region, CancellationToken cancellationToken)
    {
        using var response = await GetAsync(region, $"/api/regions/{region}/catalog/car-models?pageSize=1", cancellationToken);
        response.EnsureSuccessStatusCode();
        using var page = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return page.RootElement.GetProperty("totalCount").GetInt32();
    }

    public async Task<bool> ServesCarModelAsync(string region, string code, CancellationToken cancellationToken)
    {
        using var response = await GetAsync(region, $"/api/regions/{region}/catalog/car-models/{code}", cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private Task<HttpResponseMessage> GetAsync(string region, string path, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", regionTokens[region]);
        return http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    public void Dispose() => http.Dispose();
}
