using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
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
}

/// <summary>Changes that carry nothing but the version they were based on: a withdrawal, a cancellation, a removal.</summary>
public sealed record VersionRequest([property: Required] long? Version);

/// <summary>The version a DELETE was based on, from the query string: <c>?version=3</c>.</summary>
public sealed record VersionQuery([property: Required] long? Version);
