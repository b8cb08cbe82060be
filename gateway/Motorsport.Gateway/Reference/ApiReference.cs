using System.Net;
using Microsoft.Extensions.Options;
using Motorsport.Gateway.Routing;
using Motorsport.ServiceDefaults.Security;
using Scalar.AspNetCore;

namespace Motorsport.Gateway.Reference;

/// <summary>
/// The API reference page: every service's OpenAPI document, as the gateway's configuration lists the services, with
/// requests sent through the gateway. In development (tokens signed with Auth:SigningKey) the page also signs a token for a
/// chosen role and region and puts it in its bearer field: <c>/api/reference?role=region-staff&amp;region=europe</c>.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/reference";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        endpoints.MapScalarApiReference(Path, (options, http) =>
        {
            var auth = http.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
            var services = http.RequestServices.GetRequiredService<ApiDocumentRoutes>().Documents();
            foreach (var service in services)
            {
                options.AddDocument(service.RouteId, service.Region is null ? "Headquarters" : $"Region {service.Region}", service.Path, isDefault: service == services[0]);
            }

            options.WithTitle("Motorsport API reference")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .AddPreferredSecuritySchemes("Bearer");
            options.DynamicNonce = true;
            http.Response.OnStarting(() =>
            {
                AllowPage(http);
                return Task.CompletedTask;
            });

            if (environment.IsDevelopment() && auth.SignsLocally)
            {
                var regions = services.Select(s => s.Region).OfType<string>().ToList();
                options.AddHeaderContent(DevelopmentTokenPicker(regions, SignRequested(http, auth, regions, options)));
            }
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// The gateway's strict policy, loosened for this page only: its own script tags (by nonce) and the inline styles its
    /// components set; everything still from the gateway itself.
    /// </summary>
    private static void AllowPage(HttpContext http)
    {
        if (http.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce)
        {
            http.Response.Headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'";
        }
    }

    /// <summary>Signs the token the query asks for and puts it in the page's bearer field; returns the refusal, if any.</summary>
    private static string? SignRequested(HttpContext http, AuthOptions auth, IReadOnlyCollection<string> regions, ScalarOptions options)
    {
        if (http.Request.Query["role"].ToString() is not { Length: > 0 } role)
        {
            return null;
        }

        var region = http.Request.Query["region"].ToString() is { Length: > 0 } given ? given : null;
        const int minutes = 480;
        if (DevelopmentTokenRules.Refusal(role, region, minutes, regions) is { } refusal)
        {
            return refusal;
        }

        var subject = region is null ? role : $"{role}@{region}";
        var token = DevelopmentTokens.Create(auth, role, region, subject, DateTime.UtcNow, TimeSpan.FromMinutes(minutes));
        options.AddHttpAuthentication("Bearer", scheme => scheme.WithToken(token));
        return null;
    }

    /// <summary>Plain links, no script: each reloads the page with a token for that role (and region) in the bearer field.</summary>
    private static string DevelopmentTokenPicker(IEnumerable<string> regions, string? refusal)
    {
        var links = new[] { Roles.HeadquartersAdmin, Roles.HeadquartersAnalyst, Roles.Operations }
            .Select(role => Link(role, null))
            .Concat(regions.Select(region => Link(Roles.RegionStaff, region)));
        var refused = refusal is null ? "" : $"""<strong role="alert">Refused: {WebUtility.HtmlEncode(refusal)}.</strong> """;
        return $"""<nav aria-label="development tokens" style="padding:8px 16px;font:14px sans-serif">{refused}Development token (signed with Auth:SigningKey, 8 hours): {string.Join(" · ", links)}</nav>""";
    }

    private static string Link(string role, string? region)
    {
        var query = region is null ? $"/?role={role}" : $"/?role={role}&region={Uri.EscapeDataString(region)}";
        var label = region is null ? role : $"{role} {region}";
        return $"""<a href="{WebUtility.HtmlEncode(Path + query)}">{WebUtility.HtmlEncode(label)}</a>""";
    }
}
