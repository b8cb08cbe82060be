using System.Text.Json;
using MassTransit;
using MassTransit.Middleware;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Motorsport.Messaging;

/// <summary>
/// A message no consumer on the endpoint takes (a type this version does not know, or sent to the wrong queue) is moved to
/// the <c>_skipped</c> queue by MassTransit without a word at the default level; ops need to hear of it, so it is logged
/// as a warning before it is moved.
/// </summary>
internal sealed partial class SkippedMessageLog(ILogger<SkippedMessageLog> logger) : IFilter<ReceiveContext>
{
    public Task Send(ReceiveContext context, IPipe<ReceiveContext> next)
    {
        LogSkipped(logger, context.GetMessageId()?.ToString() ?? "none", MessageTypes(context), context.InputAddress.AbsolutePath.Trim('/'));
        return next.Send(context);
    }

    /// <summary>The types the envelope names (the dead-letter pipe gets the raw message); the content type when there is no envelope to read.</summary>
    private static string MessageTypes(ReceiveContext context)
    {
        try
        {
            using var envelope = JsonDocument.Parse(context.Body.GetBytes());
            if (envelope.RootElement.ValueKind == JsonValueKind.Object
                && envelope.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array)
            {
                return string.Join(", ", types.EnumerateArray().Select(type => type.ToString()));
            }
        }
        catch (JsonException)
        {
            // Not a MassTransit JSON envelope.
        }

        return $"unknown ({context.ContentType?.MediaType ?? "no content type"})";
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("skipped-log");

    /// <summary>The endpoint's dead-letter pipe: log, then MassTransit's own move to <c>_skipped</c>.</summary>
    public static void Configure(IReceiveEndpointConfigurator endpoint, IServiceProvider services)
    {
        var log = new SkippedMessageLog(services.GetRequiredService<ILogger<SkippedMessageLog>>());
        endpoint.ConfigureDeadLetter(deadLetter =>
        {
            deadLetter.UseFilter(log);
            deadLetter.UseFilter(new DeadLetterTransportFilter());
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} of type {MessageTypes} has no consumer on {Endpoint}; moved to its _skipped queue")]
    private static partial void LogSkipped(ILogger logger, string messageId, string messageTypes, string endpoint);
}
