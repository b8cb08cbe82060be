namespace Motorsport.Gateway.Protection;

public static class SecurityHeaders
{
    // The APIs answer JSON, never a page: nothing of theirs may run or load anything.
    private const string ApiPolicy = "default-src 'self'; frame-ancestors 'none'";

    // The web app's pages load only its own script (_framework/blazor.web.js) and stylesheet: no inline script or style,
    // no eval; images may be data: URIs (the empty favicon). Forms are not limited, so sign-out can reach the identity provider.
    private const string WebAppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>The gateway is the only thing browsers talk to, for the APIs and the web app alike: it tells them not to sniff, frame or leak referrers.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api") ? ApiPolicy : WebAppPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return next(context);
        });
}
