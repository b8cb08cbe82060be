using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Motorsport.ServiceDefaults.Security;

/// <summary>Tokens signed with the local key, for development and tests; production tokens come from the OIDC provider.</summary>
public static class DevelopmentTokens
{
    public static SymmetricSecurityKey Key(string signingKey)
    {
        var bytes = Encoding.UTF8.GetBytes(signingKey);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");
        }

        return new SymmetricSecurityKey(bytes);
    }

    public static string Create(
        AuthOptions auth, string role, string? region, string subject, DateTime notBeforeUtc, TimeSpan lifetime, string? signingKeyOverride = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Subject, subject), new(ClaimTypes.Role, role) };
        if (region is not null)
        {
            claims.Add(new Claim(ClaimTypes.Region, region));
        }

        var key = Key(signingKeyOverride ?? auth.SigningKey ?? throw new InvalidOperationException("Auth:SigningKey is not set."));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            NotBefore = notBeforeUtc,
            IssuedAt = notBeforeUtc,
            Expires = notBeforeUtc + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
