using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// OpenTelemetry without OpenTelemetry.Extensions.Hosting, which the package source lacks: the SDK is built
/// here, owned by the container and disposed at shutdown, and listens to the framework's own sources.
/// When the hosting package restores, this file becomes one <c>AddOpenTelemetry()</c> call.
/// </summary>
public static class Telemetry
{
    private static readonly string[] ActivitySources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Yarp.ReverseProxy"];

    private static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http", "System.Runtime", "MassTransit",
        "Motorsport.Messaging",
    ];

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["Service:Name"] ?? builder.Environment.ApplicationName;
        // The exporter reads the standard OTEL_EXPORTER_OTLP_* variables itself; without an endpoint there is nowhere to send.
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);

        var sdk = OpenTelemetrySdk.Create(otel =>
        {
            otel.ConfigureResource(resource => resource.AddService(serviceName));
            otel.WithTracing(tracing =>
            {
                tracing.AddSource(ActivitySources);
                if (exportOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
            otel.WithMetrics(metrics =>
            {
                metrics.AddMeter(Meters);
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        });
        builder.Services.AddSingleton(sdk);

        if (exportOtlp)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeScopes = true;
                logging.SetResourceBuilder(ResourceBuilder.CreateDefault().AddService(serviceName));
                logging.AddOtlpExporter();
            });
        }

        return builder;
    }
}
