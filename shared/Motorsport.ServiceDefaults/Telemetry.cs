using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// Traces, metrics and logs through OpenTelemetry's hosting package, exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the other <c>OTEL_EXPORTER_OTLP_*</c> variables itself).
/// The libraries that own a source add it where they are set up: the database's in Motorsport.Data, MassTransit's in
/// Motorsport.Messaging, YARP's in the gateway.
/// </summary>
public static class Telemetry
{
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var serviceName = builder.Configuration["Service:Name"] ?? builder.Environment.ApplicationName;
        var region = builder.Configuration["Region:Id"];
        var version = Assembly.GetEntryAssembly()?.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // The pod's name in Kubernetes; locally several services share the machine, so the process id tells them apart.
                resource.AddService(serviceName, serviceVersion: version, serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}");
                resource.AddAttributes([new("deployment.environment.name", builder.Environment.EnvironmentName)]);
                if (region is not null)
                {
                    resource.AddAttributes([new("motorsport.region", region)]);
                }
            })
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation())
            .WithLogging(configureBuilder: null, configureOptions: (OpenTelemetryLoggerOptions logging) =>
            {
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
            });

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }
}
