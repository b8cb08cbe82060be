using System.ComponentModel.DataAnnotations;

namespace Motorsport.WebApp.SignIn;

/// <summary>
/// How people sign in to the web app. The provider itself is <c>Auth:Authority</c> (the same as the APIs'); this app is an
/// OIDC client of it. <see cref="Regions"/> are the platform's offices, the ones the gateway routes: locally
/// './platform.sh up' passes those of regions.conf, in Kubernetes the headquarters overlay lists them.
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    [Required]
    public string ClientId { get; set; } = "motorsport-web";

    /// <summary>For a confidential client; from a Secret, never from configuration files.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for beyond openid and profile, e.g. the API's scope so the access token names its audience.</summary>
    public string[] Scopes { get; set; } = [];

    [Range(typeof(TimeSpan), "00:05:00", "24:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Region ids, in the order the pages list them; the sign-in offers no office without them.</summary>
    [MinLength(1, ErrorMessage = $"{Section}:{nameof(Regions)} must list the platform's regions (SignIn__Regions__0=europe, …).")]
    public string[] Regions { get; set; } = [];
}
