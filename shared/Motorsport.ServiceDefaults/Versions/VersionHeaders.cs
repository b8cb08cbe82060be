using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Motorsport.ServiceDefaults.Versions;

public static class VersionHeaders
{
    /// <summary>Exposes the optimistic-concurrency version as an ETag as well as in the body; If-Match sends it back.</summary>
    public static void SetVersion(this HttpResponse response, long version) =>
        response.Headers[HeaderNames.ETag] = VersionPrecondition.ETag(version);

    /// <summary>The version <paramref name="change"/> states, with the request's If-Match.</summary>
    public static VersionPrecondition Precondition(this HttpRequest request, IVersionedRequest change) =>
        VersionPrecondition.For(change, request.Headers.IfMatch);
}
