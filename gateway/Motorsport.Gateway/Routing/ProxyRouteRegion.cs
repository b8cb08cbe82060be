using Motorsport.ServiceDefaults.Security;
using Yarp.ReverseProxy.Model;

namespace Motorsport.Gateway.Routing;

/// <summary>The region a proxied request addresses is the <c>Region</c> metadata of the YARP route it matched.</summary>
internal sealed class ProxyRouteRegion : IRequestRegion
{
    public string? RegionOf(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.Metadata?.GetValueOrDefault("Region");
}
