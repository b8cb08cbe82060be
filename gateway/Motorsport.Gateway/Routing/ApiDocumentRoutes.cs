using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;

namespace Motorsport.Gateway.Routing;

/// <summary>
/// Each service route of the gateway's configuration (<c>/api/hq/{**rest}</c>, <c>/api/regions/europe/{**rest}</c>) gets a
/// sibling route to the same cluster for the service's OpenAPI document, open to anonymous callers: the reference page
/// loads the documents before anyone has a token. The documents describe the API's shape, never its data. A region added
/// to the configuration gets its document route with it.
/// </summary>
internal sealed class ApiDocumentRoutes(IConfiguration configuration) : IProxyConfigProvider
{
    private const string ServiceRouteSuffix = "/{**rest}";
    private const string RoutesSection = "ReverseProxy:Routes";

    public IProxyConfig GetConfig() => new Snapshot(
        Documents().Select(d => new RouteConfig
        {
            RouteId = d.RouteId + "-openapi",
            ClusterId = d.ClusterId,
            Match = new RouteMatch { Path = d.PathPrefix + "/openapi/{document}.json", Methods = [HttpMethods.Get] },
            AuthorizationPolicy = "anonymous",
        }).ToList(),
        configuration.GetReloadToken());

    /// <summary>The services the gateway routes to, in the configuration's order: their documents for the reference page.</summary>
    public IReadOnlyList<ServiceDocument> Documents() =>
        configuration.GetSection(RoutesSection).GetChildren()
            .Where(route => route["ClusterId"] is not null && route["Match:Path"]?.EndsWith(ServiceRouteSuffix, StringComparison.Ordinal) == true)
            .Select(route => new ServiceDocument(route.Key, route["ClusterId"]!, route["Match:Path"]![..^ServiceRouteSuffix.Length], route["Metadata:Region"]))
            .ToList();

    private sealed record Snapshot(IReadOnlyList<RouteConfig> Routes, IChangeToken ChangeToken) : IProxyConfig
    {
        public IReadOnlyList<ClusterConfig> Clusters => [];
    }
}

/// <summary>One service behind the gateway; <see cref="Region"/> is null for headquarters.</summary>
internal sealed record ServiceDocument(string RouteId, string ClusterId, string PathPrefix, string? Region)
{
    public string Path => PathPrefix + "/openapi/v1.json";
}
