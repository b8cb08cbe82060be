using System.ComponentModel.DataAnnotations;

namespace Motorsport.WebApp.KeyRing;

/// <summary>
/// The data-protection key ring every replica of the web app shares, kept in the web app's database. The cookie session and
/// the forms' antiforgery tokens are encrypted with it, so a replica can read only what a replica of the same
/// <see cref="ApplicationName"/> on the same key ring wrote.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>
    /// Isolates this app's payloads from any other app on the same key ring. Left unset, ASP.NET Core derives it from the
    /// content root path, which differs between installations, so replicas would refuse each other's cookies.
    /// </summary>
    [Required, RegularExpression(@"^\S+$", ErrorMessage = "ApplicationName must be one word, the same for every replica")]
    public string ApplicationName { get; set; } = "motorsport-web";

    /// <summary>How long a new key is used for new payloads; older keys still read what they wrote until they are removed.</summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "90.00:00:00")]
    public TimeSpan KeyLifetime { get; set; } = TimeSpan.FromDays(90);
}
