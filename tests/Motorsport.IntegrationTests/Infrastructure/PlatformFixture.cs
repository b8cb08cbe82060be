using Npgsql;

namespace Motorsport.IntegrationTests.Infrastructure;

/// <summary>
/// The whole platform as separate processes on real PostgreSQL and RabbitMQ: headquarters, the three regions and the
/// gateway. A fourth region is routed by the gateway's configuration but started only when a test asks for it.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public static readonly string[] Regions = ["europe", "us", "asia-pacific"];

    /// <summary>Configured in the gateway, not running until <see cref="StartLateRegionAsync"/>: a region added later.</summary>
    public const string LateRegion = "middle-east";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    private readonly string runId = Guid.NewGuid().ToString("N")[..10];
    private readonly List<ServiceProcess> processes = [];
    private readonly Dictionary<string, int> regionPorts = [];
    private readonly List<string> databases = [];

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>A client acting as headquarters' catalogue administrator, through the gateway.</summary>
    public HttpClient HeadquartersAdmin => Gateway;

    /// <summary>A client acting as staff of <paramref name="region"/>'s office, through the gateway.</summary>
    public HttpClient RegionStaff(string region) => Gateway;

    public ServiceProcess Headquarters { get; private set; } = null!;

    public string HeadquartersDatabase => DatabaseName("hq");

    public string RegionDatabase(string region) => DatabaseName(region);

    public string RegionQueue(string region, string consumerQueue) => $"{region}-{consumerQueue}";

    public async Task InitializeAsync()
    {
        foreach (var region in Regions.Append(LateRegion))
        {
            regionPorts[region] = ServiceProcess.FreePort();
        }

        var hqPort = ServiceProcess.FreePort();
        Headquarters = Start("headquarters", "services/Headquarters/Motorsport.Headquarters", hqPort, ServiceSettings("hq"));
        var regional = Regions.Select(StartRegion).ToList();

        var gatewayPort = ServiceProcess.FreePort();
        var gatewaySettings = new Dictionary<string, string>
        {
            ["ReverseProxy__Clusters__headquarters__Destinations__primary__Address"] = $"http://127.0.0.1:{hqPort}",
            [$"ReverseProxy__Routes__region-{LateRegion}__ClusterId"] = $"region-{LateRegion}",
            [$"ReverseProxy__Routes__region-{LateRegion}__Match__Path"] = $"/api/regions/{LateRegion}/{{**rest}}",
            [$"ReverseProxy__Routes__region-{LateRegion}__Metadata__Region"] = LateRegion,
        };
        foreach (var (region, port) in regionPorts)
        {
            gatewaySettings[$"ReverseProxy__Clusters__region-{region}__Destinations__primary__Address"] = $"http://127.0.0.1:{port}";
        }

        var gateway = Start("gateway", "gateway/Motorsport.Gateway", gatewayPort, gatewaySettings);

        await Task.WhenAll(regional.Append(Headquarters).Append(gateway).Select(p => p.WaitUntilReadyAsync(StartupTimeout)));
        Gateway = new HttpClient { BaseAddress = gateway.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task<ServiceProcess> StartLateRegionAsync()
    {
        var region = StartRegion(LateRegion);
        await region.WaitUntilReadyAsync(StartupTimeout);
        return region;
    }

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase("postgres"));
        await connection.OpenAsync();
        foreach (var database in databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private ServiceProcess StartRegion(string region)
    {
        var settings = ServiceSettings(region);
        settings["Region__Id"] = region;
        settings["Region__DisplayName"] = region;
        settings["Region__TimeZone"] = "UTC";
        return Start($"regional-{region}", "services/Regional/Motorsport.Regional", regionPorts[region], settings);
    }

    private Dictionary<string, string> ServiceSettings(string databaseKey)
    {
        var database = DatabaseName(databaseKey);
        databases.Add(database);
        var rabbit = TestEnvironment.RabbitMq;
        var credentials = rabbit.UserInfo.Split(':');
        return new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Database"] = TestEnvironment.PostgresDatabase(database),
            ["RabbitMq__Host"] = rabbit.Host,
            ["RabbitMq__Port"] = rabbit.Port.ToString(),
            ["RabbitMq__VirtualHost"] = TestEnvironment.RabbitMqVirtualHost,
            ["RabbitMq__Username"] = credentials[0],
            ["RabbitMq__Password"] = credentials.ElementAtOrDefault(1) ?? "",
            ["Outbox__SweepInterval"] = "00:00:01",
        };
    }

    private ServiceProcess Start(string name, string project, int port, IReadOnlyDictionary<string, string> settings)
    {
        var process = ServiceProcess.Start(name, project, port, settings);
        processes.Add(process);
        return process;
    }

    private string DatabaseName(string key) => $"motorsport_{runId}_{key.Replace('-', '_')}";
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
