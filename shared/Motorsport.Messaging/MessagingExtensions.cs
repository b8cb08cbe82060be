using MassTransit;
using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Motorsport.Messaging.Inbox;
using Motorsport.Messaging.Outbox;
using Motorsport.Messaging.Recovery;
using Motorsport.Messaging.Retention;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Motorsport.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ with this platform's conventions: queues prefixed by <paramref name="endpointPrefix"/>
    /// (each region gets its own copy of every event), retries with back-off and then the <c>_error</c> queue,
    /// every consumer behind the inbox, a transactional outbox relayed from <typeparamref name="TDbContext"/>, and both
    /// tables pruned past their retention.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        string endpointPrefix,
        Action<IBusRegistrationConfigurator> registerConsumers)
        where TDbContext : DbContext
    {
        builder.Services.AddOptions<RabbitMqOptions>()
            .BindConfiguration(RabbitMqOptions.Section)
            .ValidateDataAnnotations()
            .Validate(rabbit => rabbit.NodesAreValid(), $"{RabbitMqOptions.Section}:{nameof(RabbitMqOptions.Nodes)} lists host or host:port entries")
            .ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration("Outbox")
            .Validate(outbox => outbox.MaxAttempts >= 1 && outbox.BatchSize >= 1, "Outbox:MaxAttempts and Outbox:BatchSize must be at least 1.")
            .ValidateOnStart();
        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit 8.4+ reports bus usage to its vendor over the internet at start-up; a platform's telemetry stays its own.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(endpointPrefix, includeNamespace: false));
            registerConsumers(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                var rabbit = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                endpoint.UseMessageRetry(retry => retry.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500)));
                endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
                SkippedMessageLog.Configure(endpoint, context);
                if (rabbit.QuorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }
            });
            bus.UsingRabbitMq((context, transport) =>
            {
                var rabbit = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                transport.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
                {
                    host.Username(rabbit.Username);
                    host.Password(rabbit.Password);
                    if (rabbit.Nodes.Count > 0)
                    {
                        host.UseCluster(cluster =>
                        {
                            foreach (var (nodeHost, nodePort) in rabbit.Brokers())
                            {
                                cluster.Node($"{nodeHost}:{nodePort}");
                            }
                        });
                    }
                });
                transport.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(DiagnosticHeaders.DefaultListenerName, OutboxTracing.SourceName))
            .WithMetrics(metrics => metrics.AddMeter(InstrumentationOptions.MeterName, OutboxMetrics.MeterName));

        builder.Services.AddSingleton<ReceiveEndpointRecovery>();
        builder.Services.AddReceiveEndpointObserver(sp => sp.GetRequiredService<ReceiveEndpointRecovery>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReceiveEndpointRecovery>());

        builder.Services.AddScoped(sp => new MessagingDbContext(sp.GetRequiredService<TDbContext>()));
        builder.Services.AddScoped<IOutbox>(sp => new EfOutbox(sp.GetRequiredService<TDbContext>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxMetrics>();
        builder.Services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        builder.Services.AddHostedService<OutboxRelay<TDbContext>>();
        builder.Services.AddOptions<MessageRetentionOptions>().BindConfiguration("MessageRetention")
            .Validate(retention => retention.Interval > TimeSpan.Zero, "MessageRetention:Interval must be positive.")
            .ValidateOnStart();
        builder.Services.AddHostedService<MessageRetentionService<TDbContext>>();
        return builder;
    }
}
