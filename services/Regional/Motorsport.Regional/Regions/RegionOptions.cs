using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.Regional.Regions;

/// <summary>Which region this deployment serves. A region is configuration, not code: a new one is a new deployment.</summary>
public sealed class RegionOptions
{
    public const string Section = "Region";

    [Required, RegularExpression(RegionIds.Pattern)]
    public string Id { get; set; } = "";

    [Required]
    public string DisplayName { get; set; } = "";

    /// <summary>IANA time zone of the regional office, e.g. Europe/Berlin.</summary>
    [Required]
    public string TimeZone { get; set; } = "";

    /// <summary>How often the region tells headquarters it is alive; headquarters' staleness threshold must be a few of these.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(30);
}

public static class RegionConfiguration
{
    /// <summary>
    /// Binds the region, checked when the service starts (before its database is touched): a missing or malformed id, a
    /// missing name or an unknown time zone stops it with the setting named. Returns the id, which names the routes and
    /// the queues before the container exists.
    /// </summary>
    public static string AddRegion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegionOptions>()
            .BindConfiguration(RegionOptions.Section)
            .ValidateDataAnnotations()
            .Validate(region => TimeZoneInfo.TryFindSystemTimeZoneById(region.TimeZone, out _), $"{RegionOptions.Section}:{nameof(RegionOptions.TimeZone)} is not a known time zone.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<RegionOptions>>().Value);

        var id = builder.Configuration[$"{RegionOptions.Section}:{nameof(RegionOptions.Id)}"] ?? "";
        builder.Configuration["Service:Name"] ??= $"regional-{id}";
        return id;
    }
}

/// <summary>Every request to this deployment addresses its one configured region.</summary>
internal sealed class ConfiguredRegion(RegionOptions region) : IRequestRegion
{
    public string? RegionOf(HttpContext context) => region.Id;
}
