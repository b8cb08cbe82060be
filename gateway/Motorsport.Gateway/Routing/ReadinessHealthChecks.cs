using Yarp.ReverseProxy.Configuration;

namespace Motorsport.Gateway.Routing;

/// <summary>
/// Every cluster is probed on its services' <c>/health/ready</c> unless its configuration says otherwise, so a region's
/// route and cluster (in <c>gateway-regions.env</c>, or from <c>platform.sh</c>'s region list locally) need no
/// health-check block of their own.
/// </summary>
internal sealed class ReadinessHealthChecks : IProxyConfigFilter
{
    private static readonly ActiveHealthCheckConfig Readiness = new()
    {
        Enabled = true,
        Interval = TimeSpan.FromSeconds(10),
        Timeout = TimeSpan.FromSeconds(5),
        Policy = "ConsecutiveFailures",
        Path = "/health/ready",
    };

    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) =>
        ValueTask.FromResult(cluster.HealthCheck?.Active is not null
            ? cluster
            : cluster with { HealthCheck = new HealthCheckConfig { Active = Readiness, Passive = cluster.HealthCheck?.Passive, AvailableDestinationsPolicy = cluster.HealthCheck?.AvailableDestinationsPolicy } });

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel) => ValueTask.FromResult(route);
}
