namespace Motorsport.Gateway.Protection;

public static class SecurityHeaders
{
    /// <summary>The gateway is the only thing browsers talk to, for the APIs and the web app alike: it tells them not to sniff, frame or leak referrers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // The web app's pages load only its own script (_framework/blazor.web.js) and stylesheet: no inline script or style,
            // no eval; images may be data: URIs (the empty favicon). Forms are not limited, so sign-out can reach the identity provider.
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
}
