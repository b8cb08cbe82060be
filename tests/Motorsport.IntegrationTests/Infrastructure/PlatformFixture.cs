using System.Net.Http.Headers;
using System.Security.Cryptography;
using Motorsport.ServiceDefaults.Security;
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

    // Generous: six processes migrating their databases at once take minutes on the shared 2-core machine under load.
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(300);

    private readonly string runId = Guid.NewGuid().ToString("N")[..10];
    private readonly List<ServiceProcess> processes = [];
    private readonly Dictionary<string, int> regionPorts = [];
    private readonly List<string> databases = [];
    private int hqPort;
    private readonly int[] webPorts = new int[WebReplicaCount];
    private readonly List<string> webHomes = [];
    private IReadOnlyDictionary<string, string>? brokerSettings;

    private readonly Dictionary<string, HttpClient> clients = [];

    /// <summary>The key this run's services validate tokens with; tests sign their own tokens with it.</summary>
    public AuthOptions Auth { get; } = new() { SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)) };

    /// <summary>Requests one client may make per rate-limit window at the gateway in this run.</summary>
    public const int RateLimitPermits = 400;

    public static readonly TimeSpan RateLimitWindow = TimeSpan.FromSeconds(10);

    /// <summary>The gateway, without a token.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public Uri GatewayAddress { get; private set; } = null!;

    /// <summary>A client acting as headquarters' catalogue administrator, through the gateway.</summary>
    public HttpClient HeadquartersAdmin => ClientFor(Roles.HeadquartersAdmin);

    public HttpClient HeadquartersAnalyst => ClientFor(Roles.HeadquartersAnalyst);

    public HttpClient Operations => ClientFor(Roles.Operations);

    /// <summary>A client acting as staff of <paramref name="region"/>'s office, through the gateway.</summary>
    public HttpClient RegionStaff(string region) => ClientFor(Roles.RegionStaff, region);

    public string Token(string role, string? region = null, string? subject = null, DateTime? notBeforeUtc = null, TimeSpan? lifetime = null, string? signingKey = null) =>
        DevelopmentTokens.Create(
            Auth, role, region, subject ?? $"{role}@{region ?? "hq"}", notBeforeUtc ?? DateTime.UtcNow.AddSeconds(-5), lifetime ?? TimeSpan.FromHours(1), signingKey);

    public HttpClient ClientWithToken(string? token, Uri? address = null)
    {
        var client = new HttpClient { BaseAddress = address ?? GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private HttpClient ClientFor(string role, string? region = null)
    {
        lock (clients)
        {
            var key = $"{role}/{region}";
            if (!clients.TryGetValue(key, out var client))
            {
                clients[key] = client = ClientWithToken(Token(role, region));
            }

            return client;
        }
    }

    public ServiceProcess Headquarters { get; private set; } = null!;

    /// <summary>Where every service of the run exports its traces, metrics and logs; tests read traces back from it.</summary>
    public AspireDashboard Dashboard { get; } = new();

    public ServiceProcess Gateway { get; private set; } = null!;

    public ServiceProcess Region(string region) => processes.Single(p => p.Name == $"regional-{region}");

    public bool IsRunning(string region) => processes.Any(p => p.Name == $"regional-{region}");

    public string HeadquartersDatabase => DatabaseName("hq");

    public string RegionDatabase(string region) => DatabaseName(region);

    public string RegionQueue(string region, string consumerQueue) => $"{region}-{consumerQueue}";

    /// <summary>
    /// The services' <c>RabbitMq__*</c> settings: './platform.sh test''s broker unless a suite brings its own nodes (the fault
    /// suite stops and kills brokers, so never the shared one).
    /// </summary>
    public IReadOnlyDictionary<string, string> BrokerSettings
    {
        get => brokerSettings ??= SharedBrokerSettings();
        init => brokerSettings = value;
    }

    public async Task InitializeAsync()
    {
        foreach (var region in Regions.Append(LateRegion))
        {
            regionPorts[region] = ServiceProcess.FreePort();
        }

        hqPort = ServiceProcess.FreePort();
        Headquarters = StartHeadquarters();
        var regional = Regions.Select(StartRegion).ToList();

        var gatewayPort = ServiceProcess.FreePort();
        var gatewaySettings = new Dictionary<string, string>
        {
            ["ReverseProxy__Clusters__headquarters__Destinations__primary__Address"] = $"http://127.0.0.1:{hqPort}",
        };
        // Every region's route and cluster, as platform.sh gives them to the gateway from regions.conf.
        foreach (var (region, port) in regionPorts)
        {
            gatewaySettings[$"ReverseProxy__Routes__region-{region}__ClusterId"] = $"region-{region}";
            gatewaySettings[$"ReverseProxy__Routes__region-{region}__Match__Path"] = $"/api/regions/{region}/{{**rest}}";
            gatewaySettings[$"ReverseProxy__Routes__region-{region}__AuthorizationPolicy"] = "region";
            gatewaySettings[$"ReverseProxy__Routes__region-{region}__Metadata__Region"] = region;
            gatewaySettings[$"ReverseProxy__Clusters__region-{region}__Destinations__primary__Address"] = $"http://127.0.0.1:{port}";
        }

        // The web app's replicas, both behind the gateway as in Kubernetes: it sends each request to either.
        for (var replica = 0; replica < WebReplicaCount; replica++)
        {
            webPorts[replica] = ServiceProcess.FreePort();
            gatewaySettings[$"ReverseProxy__Clusters__web__Destinations__{(replica == 0 ? "primary" : $"replica{replica}")}__Address"] = $"http://127.0.0.1:{webPorts[replica]}";
        }

        gatewaySettings["RateLimiting__PermitLimit"] = RateLimitPermits.ToString();
        gatewaySettings["RateLimiting__Window"] = RateLimitWindow.ToString();
        gatewaySettings["Auth__SigningKey"] = Auth.SigningKey!;
        var gateway = Start("gateway", "gateway/Motorsport.Gateway", gatewayPort, gatewaySettings);

        await Task.WhenAll(regional.Append(Headquarters).Append(gateway).Select(p => p.WaitUntilReadyAsync(StartupTimeout)));
        // Started once the services are up, so it does not compete with their start-up; they export to it from then on.
        await Dashboard.StartAsync(StartupTimeout);
        Gateway = gateway;
        GatewayAddress = gateway.Address;
        Anonymous = ClientWithToken(null);
    }

    /// <summary>How long headquarters waits for any message from a region before it shows the region as stale, in this run.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(4);

    public Task<ServiceProcess> StartLateRegionAsync() => StartRegionAsync(LateRegion);

    /// <summary>Replicas of the web app, as Kubernetes runs at least (its HorizontalPodAutoscaler's minimum).</summary>
    public const int WebReplicaCount = 2;

    /// <summary>The web app's replicas once <see cref="StartWebAppAsync"/> has started them, each at its own address.</summary>
    public IReadOnlyList<ServiceProcess> WebReplicas => processes.Where(p => p.Name.StartsWith("web-", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Starts the web app's replicas, which the gateway already routes <c>/</c> to; only the browser tests need them. They
    /// share one database, their key ring; one after the other, so only the first creates and migrates it. Each has a home
    /// folder of its own, as each pod has its own file system: data protection's default key ring lives there, so
    /// replicas that did not share the database's would refuse each other's cookies, as pods would.
    /// </summary>
    public async Task StartWebAppAsync()
    {
        var database = DatabaseName("web");
        databases.Add(database);
        for (var replica = 0; replica < WebReplicaCount; replica++)
        {
            var home = Directory.CreateTempSubdirectory($"motorsport-{runId}-web-{replica + 1}-").FullName;
            webHomes.Add(home);
            var settings = new Dictionary<string, string>
            {
                ["HOME"] = home,
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Database"] = TestEnvironment.PostgresDatabase(database),
                ["Auth__SigningKey"] = Auth.SigningKey!,
                ["Gateway__Address"] = GatewayAddress.ToString(),
            };
            // The offices, as platform.sh passes them from regions.conf.
            for (var index = 0; index < Regions.Length; index++)
            {
                settings[$"SignIn__Regions__{index}"] = Regions[index];
            }

            var web = Start($"web-{replica + 1}", "services/WebApp/Motorsport.WebApp", webPorts[replica], settings);
            await web.WaitUntilReadyAsync(StartupTimeout);
        }
    }

    /// <summary>Starts a region's service (again), on its own port and database.</summary>
    public async Task<ServiceProcess> StartRegionAsync(string region)
    {
        var process = StartRegion(region);
        await process.WaitUntilReadyAsync(StartupTimeout);
        return process;
    }

    /// <summary>Stops a region's service as an outage would: killed, without a chance to say goodbye.</summary>
    public Task StopRegionAsync(string region) => StopAsync(Region(region));

    /// <summary>Kills one of the platform's processes (a region, a replica) without a chance to say goodbye.</summary>
    public async Task StopAsync(ServiceProcess process)
    {
        processes.Remove(process);
        await process.DisposeAsync();
    }

    /// <summary>Headquarters loses its database: the process is killed, the database dropped, and a new process started on an empty one.</summary>
    public Task RestartHeadquartersWithEmptyDatabaseAsync() => RestartHeadquartersAsync(() => DropDatabaseAsync(HeadquartersDatabase));

    /// <summary>Headquarters is killed without a chance to say goodbye and, after <paramref name="whileDown"/>, started again on its database.</summary>
    public async Task RestartHeadquartersAsync(Func<Task>? whileDown = null)
    {
        processes.Remove(Headquarters);
        await Headquarters.DisposeAsync();
        if (whileDown is not null)
        {
            await whileDown();
        }

        Headquarters = StartHeadquarters();
        await Headquarters.WaitUntilReadyAsync(StartupTimeout);
    }

    /// <summary>A second headquarters process on the same database, as a second replica runs.</summary>
    public Task<ServiceProcess> StartHeadquartersReplicaAsync() =>
        StartReadyAsync(StartHeadquarters(ServiceProcess.FreePort(), "headquarters-replica"));

    /// <summary>A second process of a region on the same database and queues, as a second replica runs.</summary>
    public Task<ServiceProcess> StartRegionReplicaAsync(string region) =>
        StartReadyAsync(StartRegion(region, ServiceProcess.FreePort(), $"regional-{region}-replica"));

    private static async Task<ServiceProcess> StartReadyAsync(ServiceProcess process)
    {
        await process.WaitUntilReadyAsync(StartupTimeout);
        return process;
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients.Values.Append(Anonymous))
        {
            client?.Dispose();
        }

        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        await Dashboard.DisposeAsync();

        foreach (var database in databases.Distinct())
        {
            await DropDatabaseAsync(database);
        }

        foreach (var home in webHomes)
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static async Task DropDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private ServiceProcess StartHeadquarters() => StartHeadquarters(hqPort, "headquarters");

    private ServiceProcess StartHeadquarters(int port, string name)
    {
        var settings = ServiceSettings("hq");
        settings["Insights__StaleAfter"] = StaleAfter.ToString();
        return Start(name, "services/Headquarters/Motorsport.Headquarters", port, settings);
    }

    private ServiceProcess StartRegion(string region) => StartRegion(region, regionPorts[region], $"regional-{region}");

    private ServiceProcess StartRegion(string region, int port, string name)
    {
        var settings = ServiceSettings(region);
        settings["Region__Id"] = region;
        settings["Region__DisplayName"] = region;
        settings["Region__TimeZone"] = "UTC";
        settings["Region__HeartbeatInterval"] = "00:00:01";
        return Start(name, "services/Regional/Motorsport.Regional", port, settings);
    }

    private Dictionary<string, string> ServiceSettings(string databaseKey)
    {
        var database = DatabaseName(databaseKey);
        databases.Add(database);
        return new Dictionary<string, string>(BrokerSettings)
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Database"] = TestEnvironment.PostgresDatabase(database),
            ["Outbox__SweepInterval"] = "00:00:01",
            ["Auth__SigningKey"] = Auth.SigningKey!,
        };
    }

    private static Dictionary<string, string> SharedBrokerSettings()
    {
        var rabbit = TestEnvironment.RabbitMq;
        var credentials = rabbit.UserInfo.Split(':');
        return new Dictionary<string, string>
        {
            ["RabbitMq__Host"] = rabbit.Host,
            ["RabbitMq__Port"] = rabbit.Port.ToString(),
            ["RabbitMq__VirtualHost"] = TestEnvironment.RabbitMqVirtualHost,
            ["RabbitMq__Username"] = credentials[0],
            ["RabbitMq__Password"] = credentials.ElementAtOrDefault(1) ?? "",
        };
    }

    private ServiceProcess Start(string name, string project, int port, IReadOnlyDictionary<string, string> settings)
    {
        var process = ServiceProcess.Start(name, project, port, settings.Concat(Dashboard.ExporterSettings).ToDictionary());
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

/// <summary>
/// A platform of its own for tests that stop a region or take headquarters' database away: the tests of the shared
/// platform never see the outage. Collections run one after another, so the two platforms never run at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DisruptedPlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "disrupted platform";
}
