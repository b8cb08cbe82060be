using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Motorsport.ServiceDefaults.Security;

/// <summary>Tokens signed with the local key, for development and tests; production tokens come from the OIDC provider.</summary>
public static class DevelopmentTokens
{
    /// <summary>HMAC-SHA256 wants a key at least as long as its hash.</summary>
    public const int MinimumKeyBytes = 32;

    public static bool IsLongEnough(string signingKey) => Encoding.UTF8.GetByteCount(signingKey) >= MinimumKeyBytes;

    public static SymmetricSecurityKey Key(string signingKey)
    {
        if (!IsLongEnough(signingKey))
        {
            throw new InvalidOperationException($"Auth:SigningKey must be at least {MinimumKeyBytes} bytes long.");
        }

        return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey));
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
