using System.ComponentModel.DataAnnotations;

namespace Motorsport.Messaging;

public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMq";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public ushort Port { get; set; } = 5672;

    [Required]
    public string VirtualHost { get; set; } = "/";

    [Required]
    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>
    /// The nodes of a RabbitMQ cluster, each <c>host</c> or <c>host:port</c> (the port defaults to <see cref="Port"/>). A service
    /// connects to one of them and, when that connection is lost, to the next that answers. Empty: the one broker at
    /// <see cref="Host"/>.
    /// </summary>
    public List<string> Nodes { get; set; } = [];

    /// <summary>Replicated queues for a RabbitMQ cluster (Kubernetes); classic queues suit a single local broker.</summary>
    public bool QuorumQueues { get; set; }

    /// <summary>The brokers to connect to, in order: the cluster's nodes, or the one host.</summary>
    public IReadOnlyList<(string Host, int Port)> Brokers() =>
        Nodes.Count == 0
            ? [(Host, Port)]
            : Nodes.Select(node => ParseNode(node) ?? throw new FormatException($"{Section}:{nameof(Nodes)} has an invalid entry '{node}'.")).ToList();

    /// <summary>Every node is a host name or address, with an optional port.</summary>
    public bool NodesAreValid() => Nodes.All(node => ParseNode(node) is not null);

    private (string Host, int Port)? ParseNode(string node)
    {
        var parts = node.Trim().Split(':');
        if (parts.Length > 2 || Uri.CheckHostName(parts[0]) == UriHostNameType.Unknown)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return (parts[0], Port);
        }

        return ushort.TryParse(parts[1], out var port) && port > 0 ? (parts[0], port) : null;
    }
}
