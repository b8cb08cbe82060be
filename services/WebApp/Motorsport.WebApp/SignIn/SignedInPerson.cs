using System.Security.Claims;
using Motorsport.ServiceDefaults.Security;
using ClaimTypes = Motorsport.ServiceDefaults.Security.ClaimTypes;

namespace Motorsport.WebApp.SignIn;

/// <summary>What the pages need to know about the person signed in: who, in which role, for which office.</summary>
public static class SignedInPerson
{
    public static string Name(this ClaimsPrincipal user) => user.FindFirst("name")?.Value ?? user.FindFirst(ClaimTypes.Subject)?.Value ?? "";

    public static string? Region(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Region)?.Value;

    public static bool IsHeadquarters(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.HeadquartersAdmin) || user.IsInRole(Roles.HeadquartersAnalyst);

    public static bool IsCatalogAdmin(this ClaimsPrincipal user) => user.IsInRole(Roles.HeadquartersAdmin);

    public static bool IsStaffOf(this ClaimsPrincipal user, string region) =>
        user.IsInRole(Roles.RegionStaff) && user.HasClaim(ClaimTypes.Region, region);

    public static string RoleNames(this ClaimsPrincipal user) =>
        string.Join(", ", user.FindAll(ClaimTypes.Role).Select(c => c.Value));

    /// <summary>Where a person lands after signing in: their own part of the app.</summary>
    public static string HomePath(this ClaimsPrincipal user) =>
        user.IsHeadquarters() ? "/hq"
        : user.IsInRole(Roles.RegionStaff) && user.Region() is { } region ? $"/regions/{region}"
        : "/signed-in";
}
