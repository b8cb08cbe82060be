using Motorsport.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace Motorsport.Gateway.Routing;

public static class UnknownRegionApi
{
    /// <summary>
    /// Configured regions are YARP routes with a literal region segment, which outrank this parameterised route;
    /// whatever reaches it names a region the gateway does not know.
    /// </summary>
    public static IEndpointRouteBuilder MapUnknownRegionApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/api/regions/{region}/{**rest}", (string region, IProxyConfigProvider proxy) =>
        {
            var known = proxy.GetConfig().Routes
                .Select(route => route.Metadata?.GetValueOrDefault("Region"))
                .OfType<string>()
                .Order();
            return ApiProblem.NotFound("region", $"Unknown region '{region}'. Known regions: {string.Join(", ", known)}.");
        }).ExcludeFromDescription();
        return endpoints;
    }
}
