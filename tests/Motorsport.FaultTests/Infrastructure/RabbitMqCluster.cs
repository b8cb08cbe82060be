using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.FaultTests.Infrastructure;

/// <summary>One or more RabbitMQ nodes of this run, sharing one Erlang cookie; more than one are joined into a cluster.</summary>
public sealed class RabbitMqCluster : IAsyncDisposable
{
    private readonly string runDirectory;

    private RabbitMqCluster(string runDirectory, IReadOnlyList<RabbitMqNode> nodes)
    {
        this.runDirectory = runDirectory;
        Nodes = nodes;
    }

    public IReadOnlyList<RabbitMqNode> Nodes { get; }

    public RabbitMqNode First => Nodes[0];

    public static async Task<RabbitMqCluster> StartAsync(int size)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        // Under the run's folder: './platform.sh test' ends any node whose pid file is left there when the tests are done.
        var runDirectory = Path.Combine(TestEnvironment.RepositoryRoot, ".run", "fault-brokers", runId);
        RabbitMqNode.WriteCookie(runDirectory);
        var cluster = new RabbitMqCluster(runDirectory, Enumerable.Range(1, size).Select(n => new RabbitMqNode(runDirectory, $"fault-{runId}-{n}")).ToList());
        try
        {
            await Task.WhenAll(cluster.Nodes.Select(node => node.StartAsync()));
            foreach (var node in cluster.Nodes.Skip(1))
            {
                await node.CtlAsync("stop_app");
                await node.CtlAsync("join_cluster", cluster.First.Name);
                await node.CtlAsync("start_app");
                await node.WaitUntilAnsweringAsync();
            }

            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The services' broker settings: every node listed when there are several, so a service can move to a live one.</summary>
    public IReadOnlyDictionary<string, string> ServiceSettings(bool quorumQueues)
    {
        var settings = new Dictionary<string, string>
        {
            ["RabbitMq__Host"] = "127.0.0.1",
            ["RabbitMq__Port"] = First.AmqpPort.ToString(),
            ["RabbitMq__VirtualHost"] = "/",
            ["RabbitMq__Username"] = "guest",
            ["RabbitMq__Password"] = "guest",
            ["RabbitMq__QuorumQueues"] = quorumQueues.ToString(),
        };
        if (Nodes.Count > 1)
        {
            for (var n = 0; n < Nodes.Count; n++)
            {
                settings[$"RabbitMq__Nodes__{n}"] = $"127.0.0.1:{Nodes[n].AmqpPort}";
            }
        }

        return settings;
    }

    /// <summary>An AMQP address of a node, for the tests' own clients.</summary>
    public Uri Address(RabbitMqNode node) => new($"amqp://guest:guest@127.0.0.1:{node.AmqpPort}/");

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        try
        {
            Directory.Delete(runDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A log file still open as the node dies; the folder is under .run and goes with the next cleanup.
        }
    }
}
