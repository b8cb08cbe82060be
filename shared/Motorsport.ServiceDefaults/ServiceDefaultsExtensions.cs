using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.ServiceDefaults;

public static class ServiceDefaultsExtensions
{
    /// <summary>What every Motorsport process does the same way: errors as ProblemDetails, JSON, health, telemetry, logs (a service's OpenAPI document: ApiDocumentExtensions).</summary>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier);
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                CamelCaseFieldNames(validation.Errors);
            }
        });
        // After the default writer: a client that accepts only text/html still gets its error as application/problem+json.
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        builder.Services.AddExceptionHandler<ClientErrorExceptionHandler>();
        // Unreadable bodies always reach ClientErrorExceptionHandler, in every environment, and leave as a 400 naming the JSON path.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            // Names only: "status": 99 is a mistake, not a member of the enum.
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(new NoControlCharactersConverter());
            // {"code":"A","code":"B"} is ambiguous: refuse it rather than silently keep the last value.
            options.SerializerOptions.AllowDuplicateProperties = false;
            // {"chassisNumber": …} in a request that has no such field is a mistake the client should hear of, not data dropped.
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            // "modelYear": "2023" is text; the web defaults would read it as a number.
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        builder.Services.AddHealthChecks();

        // One line per event with a UTC timestamp, read by a person (the default) or JSON for a log collector
        // (Logging:Console:FormatterName=json, as Kubernetes runs it): the standard console setting picks the formatter.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        // Without a formatter name the console logger falls back to its obsolete options and ignores the formatters' ones.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.FormatterName ??= ConsoleFormatterNames.Simple);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(console =>
        {
            console.SingleLine = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(console =>
        {
            console.IncludeScopes = true;
            console.UseUtcTimestamp = true;
            console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });

        builder.AddTelemetry();
        builder.AddPlatformAuthentication();
        return builder;
    }

    /// <summary>Error handling first in the pipeline, so every failure below it leaves as ProblemDetails.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(RefuseControlCharactersInQuery);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The query-string side of <see cref="NoControlCharactersConverter"/>: <c>?name=%00</c> is a 400 naming <c>name</c>.</summary>
    private static async Task RefuseControlCharactersInQuery(HttpContext context, RequestDelegate next)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (values.Any(value => value is not null && NoControlCharactersConverter.HasControlCharacters(value)))
            {
                await TypedResults.ValidationProblem(new Dictionary<string, string[]> { [name] = [NoControlCharactersConverter.Rule] }).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    /// <summary>Validation names C# properties; clients sent camelCase JSON, so errors name the fields as clients wrote them.</summary>
    private static void CamelCaseFieldNames(IDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors.ToList())
        {
            var camel = string.Join('.', field.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
            if (camel != field)
            {
                errors.Remove(field);
                errors[camel] = messages;
            }
        }
    }

    public static IEndpointRouteBuilder MapDefaultEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Probes carry no token: health is the only thing anonymous callers reach.
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) }).AllowAnonymous();
        return endpoints;
    }
}
