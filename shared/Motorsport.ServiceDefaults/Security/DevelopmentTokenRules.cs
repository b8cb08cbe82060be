namespace Motorsport.ServiceDefaults.Security;

/// <summary>
/// What a development token may be asked for, the same in './platform.sh token' and on the gateway's reference page: one of
/// the platform's roles, a region the platform is configured with (required for region staff), a positive lifetime.
/// </summary>
public static class DevelopmentTokenRules
{
    /// <summary>The one-line reason the request is refused, or null when a token may be issued.</summary>
    public static string? Refusal(string? role, string? region, int minutes, IReadOnlyCollection<string> configuredRegions)
    {
        if (role is null || !Roles.All.Contains(role))
        {
            return $"unknown role '{role}' (roles: {string.Join(", ", Roles.All)})";
        }

        if (role == Roles.RegionStaff && string.IsNullOrWhiteSpace(region))
        {
            return $"a {Roles.RegionStaff} token needs a region (configured: {Listed(configuredRegions)})";
        }

        if (region is not null && !configuredRegions.Contains(region))
        {
            return $"unknown region '{region}' (configured: {Listed(configuredRegions)})";
        }

        return minutes <= 0 ? $"the lifetime must be a positive number of minutes, not {minutes}" : null;
    }

    private static string Listed(IReadOnlyCollection<string> regions) => regions.Count == 0 ? "none" : string.Join(", ", regions);
}
