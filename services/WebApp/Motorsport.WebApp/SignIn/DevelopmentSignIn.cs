using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Motorsport.ServiceDefaults.Security;
using ClaimTypes = Motorsport.ServiceDefaults.Security.ClaimTypes;

namespace Motorsport.WebApp.SignIn;

/// <summary>
/// Local development without an identity provider: the person picks a role and an office, and the app signs a development
/// token with the platform's local key — the same token './platform.sh token' prints — and keeps it in the cookie session.
/// </summary>
public sealed class DevelopmentSignIn(bool enabled)
{
    public bool Enabled { get; } = enabled;

    public static bool IsEnabled(IHostEnvironment environment, AuthOptions auth) => environment.IsDevelopment() && auth.SignsLocally;

    /// <summary>The sign-in form's fields; a refused one comes back to the page with what was typed.</summary>
    public sealed class Request
    {
        public string? Role { get; set; }

        public string? Region { get; set; }

        public string? Name { get; set; }

        public string? ReturnUrl { get; set; }
    }

    internal static async Task<IResult> SignInAsync(
        [FromForm] Request request, HttpContext http, DevelopmentSignIn signIn, IOptions<AuthOptions> auth, IOptions<SignInOptions> options, TimeProvider time)
    {
        if (!signIn.Enabled)
        {
            return TypedResults.NotFound();
        }

        var role = request.Role?.Trim();
        var region = role == Roles.RegionStaff ? request.Region?.Trim() : null;
        var error = role is null || !Roles.All.Contains(role) ? "role"
            : role == Roles.RegionStaff && (region is null || !options.Value.Regions.Contains(region)) ? "region"
            : null;
        if (error is not null)
        {
            return TypedResults.LocalRedirect($"/signin?error={error}&role={Uri.EscapeDataString(role ?? "")}&returnUrl={Uri.EscapeDataString(WebSignIn.LocalOnly(request.ReturnUrl))}");
        }

        var name = string.IsNullOrWhiteSpace(request.Name) ? $"{role}@{region ?? "hq"}" : request.Name.Trim();
        var now = time.GetUtcNow();
        var lifetime = options.Value.SessionLifetime;
        var token = DevelopmentTokens.Create(auth.Value, role!, region, name, now.UtcDateTime.AddSeconds(-5), lifetime);

        var claims = new List<Claim> { new(ClaimTypes.Subject, name), new(ClaimTypes.Role, role!) };
        if (region is not null)
        {
            claims.Add(new Claim(ClaimTypes.Region, region));
        }

        var person = new ClaimsPrincipal(new ClaimsIdentity(claims, "development", ClaimTypes.Subject, ClaimTypes.Role));
        var properties = new AuthenticationProperties { ExpiresUtc = now + lifetime, IsPersistent = false };
        properties.StoreTokens([new AuthenticationToken { Name = WebSignIn.AccessToken, Value = token }]);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, person, properties);

        var returnUrl = WebSignIn.LocalOnly(request.ReturnUrl);
        return TypedResults.LocalRedirect(returnUrl == "/" ? person.HomePath() : returnUrl);
    }
}
