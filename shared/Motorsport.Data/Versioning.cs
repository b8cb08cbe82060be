using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Motorsport.ServiceDefaults.Versions;

namespace Motorsport.Data;

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

    /// <summary>
    /// The one way an aggregate changes: it must exist, the version <paramref name="request"/> states (and If-Match, when sent)
    /// must be its current one (<see cref="VersionPrecondition"/>) and the change must be allowed; then its version moves on
    /// and the change is announced (staged in the outbox) in the same SaveChanges. Returns the problem, if any.
    /// </summary>
    public static async Task<ProblemHttpResult?> TryChangeAsync<TEntity>(
        this DbContext db, TEntity? entity, ProblemHttpResult notFound, IVersionedRequest request, Func<TEntity, ProblemHttpResult?> apply,
        Action<TEntity> announce, EndpointServices services)
        where TEntity : class, IVersioned
    {
        if (entity is null)
        {
            return notFound;
        }

        if ((services.Precondition(request).Refusal(entity.Version) ?? apply(entity)) is { } problem)
        {
            return problem;
        }

        entity.Touch(services.Time);
        announce(entity);
        await db.SaveChangesAsync(services.Aborted);
        services.Response.SetVersion(entity.Version);
        return null;
    }
}
