using System.Collections.Concurrent;
using System.Net.Sockets;
using MassTransit;
using MassTransit.Transports;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Motorsport.Messaging.Recovery;

/// <summary>
/// Restarts a receive endpoint that lost its broker connection as soon as the broker accepts connections again.
/// MassTransit's RabbitMQ receive transport reconnects on a fixed schedule (about 6, 9, 15, 27 s, then every 30 s; set in
/// RabbitMqHostConfiguration.ReceiveTransportRetryPolicy with no setting to change it, and not reset after a successful
/// reconnect), so after a broker outage consumers resumed 15–30 s after the broker, while publishers, which connect on
/// demand, resumed within seconds. A restarted endpoint connects at once and starts its schedule afresh.
/// </summary>
internal sealed partial class ReceiveEndpointRecovery(
    IOptions<RabbitMqOptions> options,
    TimeProvider time,
    ILogger<ReceiveEndpointRecovery> logger) : BackgroundService, IReceiveEndpointObserver
{
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<Uri, IReceiveEndpoint> disconnected = new();

    public Task Ready(ReceiveEndpointReady ready)
    {
        disconnected.TryRemove(ready.InputAddress, out _);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping)
    {
        disconnected.TryRemove(stopping.InputAddress, out _);
        return Task.CompletedTask;
    }

    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;

    public Task Faulted(ReceiveEndpointFaulted faulted)
    {
        // The bus's own endpoint stops only after every other endpoint, so it cannot be restarted on its own; it has no
        // consumers of ours and reconnects on MassTransit's schedule. Other faults (a refused declaration) are left to that
        // schedule too: restarting would not cure them.
        if (faulted.ReceiveEndpoint is not ReceiveEndpoint { IsBusEndpoint: true } && IsConnectionLoss(faulted.Exception))
        {
            disconnected[faulted.InputAddress] = faulted.ReceiveEndpoint;
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(ProbeInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (disconnected.IsEmpty || !await BrokerAnswersAsync(stoppingToken))
            {
                continue;
            }

            foreach (var address in disconnected.Keys)
            {
                if (disconnected.TryRemove(address, out var endpoint))
                {
                    await RestartAsync(address, endpoint, stoppingToken);
                }
            }
        }
    }

    private async Task RestartAsync(Uri address, IReceiveEndpoint endpoint, CancellationToken cancellationToken)
    {
        LogRestarting(logger, address);
        try
        {
            await endpoint.Stop(cancellationToken);
            endpoint.Start(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // MassTransit's own schedule still reconnects it; a failed restart only loses the head start.
            LogRestartFailed(logger, address, exception);
        }
    }

    private async Task<bool> BrokerAnswersAsync(CancellationToken cancellationToken)
    {
        var rabbit = options.Value;
        var factory = new ConnectionFactory
        {
            VirtualHost = rabbit.VirtualHost,
            UserName = rabbit.Username,
            Password = rabbit.Password,
            AutomaticRecoveryEnabled = false,
            // Longer than the probe interval: on a busy machine a handshake can take seconds, and a probe that always timed out
            // would leave the endpoints to MassTransit's slow schedule.
            RequestedConnectionTimeout = TimeSpan.FromSeconds(10),
        };
        try
        {
            var brokers = rabbit.Brokers().Select(broker => new AmqpTcpEndpoint(broker.Host, broker.Port)).ToList();
            await using var connection = await factory.CreateConnectionAsync(brokers, "motorsport-broker-probe", cancellationToken);
            await connection.CloseAsync(cancellationToken);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Down, refusing this account, or still starting: no restart until it lets a client in.
            return false;
        }
    }

    private static bool IsConnectionLoss(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is MassTransit.ConnectionException or BrokerUnreachableException or AlreadyClosedException or ConnectFailureException
                or SocketException or IOException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The broker answers again: restarting receive endpoint {InputAddress}")]
    private static partial void LogRestarting(ILogger logger, Uri inputAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Restarting receive endpoint {InputAddress} failed; it reconnects on MassTransit's schedule")]
    private static partial void LogRestartFailed(ILogger logger, Uri inputAddress, Exception exception);
}
