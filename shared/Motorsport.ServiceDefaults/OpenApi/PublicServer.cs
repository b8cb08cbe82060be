using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Motorsport.ServiceDefaults.OpenApi;

/// <summary>
/// Clients call the gateway, not the service: the server is the address the caller used (the gateway's, from the
/// X-Forwarded headers it adds) plus the service's path prefix, and paths are relative to that prefix.
/// </summary>
internal sealed class PublicServer(ApiDocument api, IHttpContextAccessor http) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = api.Title;
        if (http.HttpContext?.Request is { } request)
        {
            document.Servers = [new OpenApiServer { Url = $"{Forwarded(request, "X-Forwarded-Proto") ?? request.Scheme}://{Forwarded(request, "X-Forwarded-Host") ?? request.Host.Value}{api.PathPrefix}" }];
        }

        var relative = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            relative[path.StartsWith(api.PathPrefix + "/", StringComparison.Ordinal) ? path[api.PathPrefix.Length..] : path] = item;
        }

        document.Paths = relative;
        return Task.CompletedTask;
    }

    /// <summary>The first value is what the outermost proxy saw, i.e. what the client asked for.</summary>
    private static string? Forwarded(HttpRequest request, string header) =>
        request.Headers[header].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}
