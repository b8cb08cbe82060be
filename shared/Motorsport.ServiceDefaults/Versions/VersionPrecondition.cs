using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Motorsport.ServiceDefaults.Versions;

/// <summary>A change that states the version it was based on, as <c>version</c> in its body or query string.</summary>
public interface IVersionedRequest
{
    long? Version { get; }
}

/// <summary>
/// The rule for every versioned change: the caller states the version they read, and a stale one is refused. The version
/// comes as the request's <c>version</c> and, when the client sends it, as <c>If-Match</c> with the <c>ETag</c> it was
/// given. When both come both must be current: If-Match is HTTP's precondition, judged first (412), then the body's
/// version (409), so a client that sends only one gets the answer it knows.
/// </summary>
public sealed class VersionPrecondition(long stated, StringValues ifMatch)
{
    public const string StaleRule = "version-stale";
    public const string IfMatchRule = "if-match-stale";

    public static VersionPrecondition For(IVersionedRequest request, StringValues ifMatch) =>
        // [Required] on every request's Version: validation answered 400 before a handler got this far.
        new(request.Version ?? throw new InvalidOperationException($"{request.GetType().Name}.Version is required and validated."), ifMatch);

    /// <summary>How a version travels as an entity tag: quoted, strong.</summary>
    public static string ETag(long version) => $"\"{version}\"";

    /// <summary>Why the change may not be made on <paramref name="current"/>, or null when it may.</summary>
    public ProblemHttpResult? Refusal(long current)
    {
        if (ifMatch.Count > 0)
        {
            if (!EntityTagHeaderValue.TryParseStrictList(ifMatch, out var tags) || tags.Count == 0)
            {
                return ApiProblem.BadRequest(HeaderNames.IfMatch, "must be the ETag read, quoted as sent (e.g. \"3\"), a list of them, or *");
            }

            var currentTag = new EntityTagHeaderValue(ETag(current));
            // RFC 9110 compares If-Match strongly: a weak tag never matches.
            if (!tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(currentTag, useStrongComparison: true)))
            {
                return ApiProblem.PreconditionFailed(
                    HeaderNames.IfMatch, $"If-Match {ifMatch} is not the current version; the current ETag is {currentTag}.", IfMatchRule);
            }
        }

        return stated == current
            ? null
            : ApiProblem.Conflict("version", $"Version {stated} is stale; the current version is {current}.", StaleRule);
    }
}
