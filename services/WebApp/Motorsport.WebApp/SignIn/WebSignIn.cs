using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Motorsport.ServiceDefaults.Security;
using ClaimTypes = Motorsport.ServiceDefaults.Security.ClaimTypes;

namespace Motorsport.WebApp.SignIn;

public static class WebSignIn
{
    /// <summary>The policy of the regional office pages: staff of the office named in the page's <c>{region}</c> route value.</summary>
    public const string RegionOffice = "region-office";

    /// <summary>The name the access token is kept under in the cookie session, for OIDC and development sign-ins alike.</summary>
    public const string AccessToken = "access_token";

    /// <summary>
    /// A cookie session for the pages. Production signs in with OpenID Connect (authorization code + PKCE) against
    /// <c>Auth:Authority</c> and keeps the provider's access token in the session; only in the Development environment with a
    /// local signing key and no authority does <c>/signin</c> offer a development sign-in instead.
    /// </summary>
    public static IHostApplicationBuilder AddWebSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SignInOptions>()
            .BindConfiguration(SignInOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                signIn => signIn.Regions.All(RegionIds.IsWellFormed) && signIn.Regions.Distinct().Count() == signIn.Regions.Length,
                $"{SignInOptions.Section}:{nameof(SignInOptions.Regions)} lists region ids (lower-case letters, digits and hyphens), each once.")
            .ValidateOnStart();
        builder.Services.AddAuthOptions().Validate<IHostEnvironment>(
            (auth, environment) => DevelopmentSignIn.IsEnabled(environment, auth) || !string.IsNullOrWhiteSpace(auth.Authority),
            "Set Auth:Authority (the OIDC provider); a development sign-in needs the Development environment and Auth:SigningKey.");

        // Which schemes exist has to be known while registering them (an OIDC handler without a provider fails every
        // request), so this one decision reads configuration directly; the schemes' settings come from the validated options.
        var development = DevelopmentSignIn.IsEnabled(builder.Environment, new AuthOptions
        {
            Authority = builder.Configuration[$"{AuthOptions.Section}:{nameof(AuthOptions.Authority)}"],
            SigningKey = builder.Configuration[$"{AuthOptions.Section}:{nameof(AuthOptions.SigningKey)}"],
        });
        builder.Services.AddSingleton(new DevelopmentSignIn(development));

        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = development ? CookieAuthenticationDefaults.AuthenticationScheme : OpenIdConnectDefaults.AuthenticationScheme;
            options.DefaultSignOutScheme = development ? CookieAuthenticationDefaults.AuthenticationScheme : OpenIdConnectDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(cookie =>
        {
            cookie.Cookie.Name = "motorsport.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/forbidden";
            // The session cannot outlive the access token it carries: a fixed lifetime, signed in again after it.
            cookie.SlidingExpiration = false;
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<SignInOptions>>((cookie, signIn) => cookie.ExpireTimeSpan = signIn.Value.SessionLifetime);
        if (!development)
        {
            authentication.AddOpenIdConnect();
            builder.Services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
                .Configure<IOptions<AuthOptions>, IOptions<SignInOptions>>((oidc, authOptions, signInOptions) =>
                {
                    var (auth, signIn) = (authOptions.Value, signInOptions.Value);
                    oidc.Authority = auth.Authority;
                    oidc.RequireHttpsMetadata = auth.RequireHttpsMetadata;
                    oidc.ClientId = signIn.ClientId;
                    oidc.ClientSecret = signIn.ClientSecret;
                    oidc.ResponseType = "code";
                    oidc.UsePkce = true;
                    oidc.SaveTokens = true;
                    oidc.MapInboundClaims = false;
                    oidc.GetClaimsFromUserInfoEndpoint = true;
                    oidc.Scope.Clear();
                    foreach (var scope in new[] { "openid", "profile" }.Concat(signIn.Scopes))
                    {
                        oidc.Scope.Add(scope);
                    }

                    oidc.ClaimActions.MapUniqueJsonKey(ClaimTypes.Region, ClaimTypes.Region);
                    oidc.ClaimActions.MapJsonKey(ClaimTypes.Role, ClaimTypes.Role);
                    oidc.TokenValidationParameters = new TokenValidationParameters { NameClaimType = ClaimTypes.Subject, RoleClaimType = ClaimTypes.Role };
                });
        }

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(RegionOffice, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.Resource is HttpContext http && http.GetRouteValue("region") is string region && context.User.IsStaffOf(region)));
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Form-bound endpoints check the antiforgery token by themselves; sign-out binds no form, so it asks for the check.
        endpoints.MapPost("/signin/development", DevelopmentSignIn.SignInAsync).AllowAnonymous();
        endpoints.MapGet("/signin/provider", (string? returnUrl) =>
            TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) })).AllowAnonymous();
        endpoints.MapPost("/signout", async (HttpContext http, DevelopmentSignIn developmentSignIn) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return developmentSignIn.Enabled
                ? Results.LocalRedirect("/signin")
                : Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme]);
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return endpoints;
    }

    /// <summary>Only paths of this app: a return URL pointing elsewhere would make the sign-in an open redirect.</summary>
    public static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
