using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Motorsport.Data;

public static class VersionHeaders
{
    /// <summary>Exposes the optimistic-concurrency version as an ETag as well as in the body.</summary>
    public static void SetVersion(this HttpResponse response, long version) =>
        response.Headers[HeaderNames.ETag] = $"\"{version}\"";
}
