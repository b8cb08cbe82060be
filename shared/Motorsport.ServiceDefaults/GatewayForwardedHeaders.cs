using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Motorsport.ServiceDefaults;

public static class GatewayForwardedHeaders
{
    /// <summary>
    /// For a service behind the gateway: links it writes (a <c>Location</c> header) name the public address the client called,
    /// from the gateway's <c>X-Forwarded-Host</c>/<c>-Proto</c>/<c>-Prefix</c>, never the service's own address. Any sender is
    /// trusted because only the gateway reaches a service (its network policy); the gateway itself must not call this, or a
    /// client could choose its own forwarded address.
    /// </summary>
    public static WebApplication UseGatewayForwardedHeaders(this WebApplication app)
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedPrefix,
        };
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Clear();
        app.UseForwardedHeaders(options);
        return app;
    }
}
