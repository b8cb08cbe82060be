using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.FaultTests.Infrastructure;

/// <summary>The whole platform (headquarters, three regions, the gateway) on RabbitMQ nodes of its own, which the tests stop and kill.</summary>
public abstract class FaultPlatform(int brokerNodes, bool quorumQueues) : IAsyncLifetime
{
    public RabbitMqCluster Broker { get; private set; } = null!;

    public PlatformFixture Platform { get; private set; } = null!;

    /// <summary>Headquarters and the regions as they run now (a restarted one is its new process).</summary>
    public IEnumerable<ServiceProcess> Services => PlatformFixture.Regions.Select(Platform.Region).Append(Platform.Headquarters);

    public async Task InitializeAsync()
    {
        try
        {
            Broker = await RabbitMqCluster.StartAsync(brokerNodes);
            Platform = new PlatformFixture { BrokerSettings = Broker.ServiceSettings(quorumQueues) };
            await Platform.InitializeAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Ends the services, then the brokers; safe to call again after a failed start has already cleaned up.</summary>
    public async Task DisposeAsync()
    {
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
            Platform = null!;
        }

        if (Broker is not null)
        {
            await Broker.DisposeAsync();
            Broker = null!;
        }
    }
}

/// <summary>One broker node with classic queues, as './platform.sh up' runs.</summary>
public sealed class SingleBrokerPlatform() : FaultPlatform(brokerNodes: 1, quorumQueues: false);

/// <summary>A three-node RabbitMQ cluster with quorum queues, the services connected to all three nodes, as Kubernetes runs.</summary>
public sealed class ClusterPlatform() : FaultPlatform(brokerNodes: 3, quorumQueues: true);

[CollectionDefinition(Name)]
public sealed class SingleBrokerCollection : ICollectionFixture<SingleBrokerPlatform>
{
    public const string Name = "fault: single broker";
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterPlatform>
{
    public const string Name = "fault: cluster";
}
