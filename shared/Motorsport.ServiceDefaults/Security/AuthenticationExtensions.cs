using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Motorsport.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// JWT bearer validation, the same at the gateway and in every service, and the platform's policies. The fallback policy
    /// requires an authenticated caller, so an endpoint that names no policy is still closed to anonymous callers.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthOptions();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // Configured from the validated options when the scheme is first used, not from configuration read while registering.
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IOptions<AuthOptions>>((jwt, options) =>
        {
            var auth = options.Value;
            jwt.MapInboundClaims = false;
            jwt.Audience = auth.Audience;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Issuer,
                ValidAudience = auth.Audience,
                NameClaimType = ClaimTypes.Subject,
                RoleClaimType = ClaimTypes.Role,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (auth.SignsLocally)
            {
                jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.Key(auth.SigningKey!);
            }
            else
            {
                jwt.Authority = auth.Authority;
                jwt.RequireHttpsMetadata = auth.RequireHttpsMetadata;
            }
        });

        builder.Services.AddSingleton<IAuthorizationHandler, RegionScopeHandler>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.CatalogAdmin, policy => policy.RequireRole(Roles.HeadquartersAdmin))
            .AddPolicy(Policies.HeadquartersRead, policy => policy.RequireRole(Roles.HeadquartersAdmin, Roles.HeadquartersAnalyst))
            .AddPolicy(Policies.Headquarters, policy => policy.RequireRole(Roles.HeadquartersAdmin, Roles.HeadquartersAnalyst, Roles.Operations))
            .AddPolicy(Policies.RegionStaff, policy => policy.AddRequirements(new RegionScopeRequirement(AllowOperations: false)))
            .AddPolicy(Policies.Region, policy => policy.AddRequirements(new RegionScopeRequirement(AllowOperations: true, AllowCatalogAdmin: true)))
            .AddPolicy(Policies.RegionCatalog, policy => policy.AddRequirements(new RegionScopeRequirement(AllowOperations: false, AllowCatalogAdmin: true)))
            .AddPolicy(Policies.Operations, policy => policy.RequireRole(Roles.Operations));
        return builder;
    }
}
