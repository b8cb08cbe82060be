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
        var messageTypes = context.TryGetPayload<ConsumeContext>(out var consume) ? string.Join(", ", consume.SupportedMessageTypes) : "unreadable";
        LogSkipped(logger, context.GetMessageId()?.ToString() ?? "none", messageTypes, context.InputAddress.AbsolutePath.Trim('/'));
        return next.Send(context);
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
