using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Motorsport.ServiceDefaults.Security;

/// <summary>Which region a request addresses: the gateway reads it from the matched route, a regional service from its configuration.</summary>
public interface IRequestRegion
{
    string? RegionOf(HttpContext context);
}

/// <summary>
/// Region staff act only in the region their token names; operators, where allowed, in every region; the catalogue
/// administrator, where allowed, reads what every region's catalogue replica holds.
/// </summary>
public sealed record RegionScopeRequirement(bool AllowOperations, bool AllowCatalogAdmin = false) : IAuthorizationRequirement;

internal sealed class RegionScopeHandler(IEnumerable<IRequestRegion> requestRegions) : AuthorizationHandler<RegionScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RegionScopeRequirement requirement)
    {
        if ((requirement.AllowOperations && context.User.IsInRole(Roles.Operations))
            || (requirement.AllowCatalogAdmin && context.User.IsInRole(Roles.HeadquartersAdmin)))
        {
            context.Succeed(requirement);
        }
        else if (context.Resource is HttpContext http
                 && requestRegions.Select(r => r.RegionOf(http)).FirstOrDefault(r => r is not null) is { } region
                 && context.User.IsInRole(Roles.RegionStaff)
                 && context.User.HasClaim(ClaimTypes.Region, region))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>What a region id looks like wherever one is configured: it names routes, queues, namespaces and tokens' claims.</summary>
public static partial class RegionIds
{
    public const string Pattern = "^[a-z][a-z0-9-]*$";

    public static bool IsWellFormed(string id) => WellFormed().IsMatch(id);

    [GeneratedRegex(Pattern)]
    private static partial Regex WellFormed();
}
