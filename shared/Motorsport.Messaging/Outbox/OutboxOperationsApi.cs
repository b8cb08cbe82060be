using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Motorsport.Messaging.Inbox;

namespace Motorsport.Messaging.Outbox;

public sealed record ParkedOutboxMessage(Guid MessageId, string MessageType, DateTime CreatedAtUtc, DateTime ParkedAtUtc, int Attempts, string? LastError);

/// <summary>The oldest parked rows first, at most <see cref="OutboxOperationsApi.ListLimit"/>, and how many there are in all.</summary>
public sealed record ParkedOutboxMessages(IReadOnlyList<ParkedOutboxMessage> Items, int TotalCount);

public static class OutboxOperationsApi
{
    public const int ListLimit = 100;

    /// <summary>For ops: what this service's outbox parked, and a way to send a row again once its cause is fixed.</summary>
    public static IEndpointRouteBuilder MapOutboxOperationsApi(this IEndpointRouteBuilder operations)
    {
        var parked = operations.MapGroup("/outbox/parked").WithTags("Operations");
        parked.MapGet("", List).WithSummary("Outbox rows that could not be read and are parked (ops)");
        parked.MapPost("/{messageId:guid}/requeue", Requeue).WithSummary("Put a parked outbox row back in the queue (ops)");
        return operations;
    }

    private static async Task<Ok<ParkedOutboxMessages>> List(MessagingDbContext messaging, CancellationToken cancellationToken)
    {
        var rows = messaging.Context.Set<OutboxMessage>().AsNoTracking().Where(m => m.ParkedAtUtc != null);
        var items = await rows
            .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.MessageId)
            .Take(ListLimit)
            .Select(m => new ParkedOutboxMessage(m.MessageId, m.MessageType, m.CreatedAtUtc, m.ParkedAtUtc!.Value, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ParkedOutboxMessages(items, await rows.CountAsync(cancellationToken)));
    }

    /// <summary>Back in the queue with its attempts reset; it keeps its place in order, by creation time.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> Requeue(
        Guid messageId, MessagingDbContext messaging, OutboxSignal signal, CancellationToken cancellationToken)
    {
        var db = messaging.Context;
        var row = await db.Set<OutboxMessage>().FirstOrDefaultAsync(m => m.MessageId == messageId && m.ParkedAtUtc != null, cancellationToken);
        if (row is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not found",
                detail: $"No parked outbox message has id {messageId}.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["messageId"] = ["is not a parked outbox message"] } });
        }

        (row.ParkedAtUtc, row.Attempts) = (null, 0);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.NoContent();
    }
}
