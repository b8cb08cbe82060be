using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Motorsport.IntegrationTests.Infrastructure;

/// <summary>One span as the dashboard stored it, with the service that sent it.</summary>
public sealed record TraceSpan(string Service, string Scope, string Name, int Kind, string SpanId, string? ParentSpanId)
{
    public const int Server = 2;
    public const int Consumer = 5;
}

/// <summary>
/// The Aspire Dashboard run standalone from its NuGet package (a PackageDownload of this project), on free ports: the
/// services of a run export OTLP/HTTP to it, and tests read what arrived from its telemetry API, as a person would see it.
/// </summary>
public sealed class AspireDashboard : IAsyncDisposable
{
    private readonly Uri address = new($"http://127.0.0.1:{ServiceProcess.FreePort()}");
    private readonly HttpClient api;
    private ServiceProcess? process;

    public AspireDashboard() => api = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Fixed before the dashboard runs, so services started first already know where to export.</summary>
    public Uri OtlpEndpoint { get; } = new($"http://127.0.0.1:{ServiceProcess.FreePort()}");

    /// <summary>What each service needs to export here: the standard OTLP variables, with a short batch delay for tests.</summary>
    public IReadOnlyDictionary<string, string> ExporterSettings => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = OtlpEndpoint.ToString(),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "500",
    };

    public async Task StartAsync(TimeSpan timeout)
    {
        var executable = Executable();
        var start = new ProcessStartInfo(executable) { WorkingDirectory = Path.GetDirectoryName(executable)! };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = OtlpEndpoint.ToString();
        start.Environment["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true";
        process = ServiceProcess.Launch("aspire-dashboard", start, address);
        await process.WaitUntilReadyAsync(timeout, "/api/telemetry/resources");
    }

    /// <summary>Every span of the trace that arrived so far; none while it is unknown.</summary>
    public async Task<IReadOnlyList<TraceSpan>> TraceAsync(ActivityTraceId traceId)
    {
        using var response = await api.GetAsync($"/api/telemetry/traces/{traceId.ToHexString()}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        using var otlp = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var spans = new List<TraceSpan>();
        foreach (var resource in otlp.RootElement.GetProperty("data").GetProperty("resourceSpans").EnumerateArray())
        {
            var service = resource.GetProperty("resource").GetProperty("attributes").EnumerateArray()
                .Single(attribute => attribute.GetProperty("key").GetString() == "service.name")
                .GetProperty("value").GetProperty("stringValue").GetString()!;
            foreach (var scope in resource.GetProperty("scopeSpans").EnumerateArray())
            {
                var scopeName = scope.GetProperty("scope").GetProperty("name").GetString()!;
                spans.AddRange(scope.GetProperty("spans").EnumerateArray().Select(span => new TraceSpan(
                    service,
                    scopeName,
                    span.GetProperty("name").GetString()!,
                    span.TryGetProperty("kind", out var kind) ? kind.GetInt32() : 0,
                    span.GetProperty("spanId").GetString()!,
                    span.TryGetProperty("parentSpanId", out var parent) ? parent.GetString() : null)));
            }
        }

        return spans;
    }

    public async ValueTask DisposeAsync()
    {
        api.Dispose();
        if (process is not null)
        {
            await process.DisposeAsync();
        }
    }

    /// <summary>The dashboard's executable in the NuGet package folder, whichever version the project downloaded.</summary>
    private static string Executable()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } root
            ? root
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var executable = Directory.EnumerateDirectories(Path.Combine(packages, "aspire.dashboard.sdk.linux-x64"))
            .Select(version => Path.Combine(version, "tools", "Aspire.Dashboard"))
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .LastOrDefault();
        return executable ?? throw new InvalidOperationException($"Aspire.Dashboard is not under {packages}: restore tests/Motorsport.IntegrationTests.");
    }
}
