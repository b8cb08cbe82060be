namespace Motorsport.ServiceDefaults.Security;

/// <summary>
/// Production points <see cref="Authority"/> at the organisation's OIDC provider (keys come from its discovery document);
/// development and tests leave it empty and sign tokens with <see cref="SigningKey"/> via './platform.sh token'.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }

    public string Audience { get; set; } = "motorsport";

    public string Issuer { get; set; } = "motorsport-local";

    /// <summary>A shared secret of at least 32 bytes, for local signing only; never set together with <see cref="Authority"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Whether the metadata address must be HTTPS; only a local test provider may turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
