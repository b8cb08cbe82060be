using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Motorsport.Messaging.Outbox;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Data;

/// <summary>
/// An aggregate whose <see cref="Version"/> grows by one with every change, its child rows included. It is the
/// optimistic-concurrency token (a stale write fails in the database) and the version headquarters compares.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }

    DateTime UpdatedAtUtc { get; set; }
}

public static class Versioning
{
    /// <summary>Marks one change: the next version, stamped with the time of the change.</summary>
    public static void Touch(this IVersioned entity, TimeProvider time)
    {
        entity.Version++;
        entity.UpdatedAtUtc = time.GetUtcNow().UtcDateTime;
    }

    public static ProblemHttpResult Stale(long expected, long current) =>
        ApiProblem.Conflict("version", $"Version {expected} is stale; the current version is {current}.");

    /// <summary>
    /// The one way an aggregate changes: it must exist, the caller must have read its current version and the change must be
    /// allowed; then its version moves on and the change is announced in the same SaveChanges. Returns the problem, if any.
    /// </summary>
    public static async Task<ProblemHttpResult?> TryChangeAsync<TEntity, TChanged>(
        this DbContext db, TEntity? entity, ProblemHttpResult notFound, long expectedVersion, Func<TEntity, ProblemHttpResult?> apply,
        Func<TEntity, TChanged> announce, IOutbox outbox, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
        where TChanged : class
    {
        if (entity is null)
        {
            return notFound;
        }

        if (entity.Version != expectedVersion)
        {
            return Stale(expectedVersion, entity.Version);
        }

        if (apply(entity) is { } problem)
        {
            return problem;
        }

        entity.Touch(time);
        outbox.Publish(announce(entity));
        await db.SaveChangesAsync(cancellationToken);
        response.SetVersion(entity.Version);
        return null;
    }
}

/// <summary>Changes that carry nothing but the version they were based on: a withdrawal, a cancellation, a removal.</summary>
public sealed record VersionRequest([property: Required] long? Version);

/// <summary>The version a DELETE was based on, from the query string: <c>?version=3</c>.</summary>
public sealed record VersionQuery([property: Required] long? Version);
