using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Motorsport.ServiceDefaults.Security;

/// <summary>
/// Production points <see cref="Authority"/> at the organisation's OIDC provider (keys come from its discovery document);
/// development and tests leave it empty and sign tokens with <see cref="SigningKey"/> via './platform.sh token'.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }

    [Required]
    public string Audience { get; set; } = "motorsport";

    [Required]
    public string Issuer { get; set; } = "motorsport-local";

    /// <summary>A shared secret of at least 32 bytes, for local signing only; never set together with <see cref="Authority"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Whether the metadata address must be HTTPS; only a local test provider may turn it off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tokens are signed locally only where no provider is configured; with one, the key is never used.</summary>
    public bool SignsLocally => string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(SigningKey);
}

public static class AuthConfiguration
{
    /// <summary>
    /// Binds <see cref="AuthOptions"/>, checked when the process starts: without a provider or a key no token could be
    /// validated, and a key too short to sign with would fail only at the first request.
    /// </summary>
    public static OptionsBuilder<AuthOptions> AddAuthOptions(this IServiceCollection services) =>
        services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.Section)
            .ValidateDataAnnotations()
            .Validate(
                auth => !string.IsNullOrWhiteSpace(auth.Authority) || !string.IsNullOrWhiteSpace(auth.SigningKey),
                $"Set {AuthOptions.Section}:{nameof(AuthOptions.Authority)} (an OIDC provider) or, for local use, {AuthOptions.Section}:{nameof(AuthOptions.SigningKey)}.")
            .Validate(
                auth => !auth.SignsLocally || DevelopmentTokens.IsLongEnough(auth.SigningKey!),
                $"{AuthOptions.Section}:{nameof(AuthOptions.SigningKey)} must be at least {DevelopmentTokens.MinimumKeyBytes} bytes long.")
            .ValidateOnStart();
}
