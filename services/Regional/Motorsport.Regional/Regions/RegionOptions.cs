using System.ComponentModel.DataAnnotations;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.Regional.Regions;

/// <summary>Which region this deployment serves. A region is configuration, not code: a new one is a new deployment.</summary>
public sealed class RegionOptions
{
    public const string Section = "Region";

    [Required, RegularExpression("^[a-z][a-z0-9-]*$")]
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
    /// <summary>Reads and validates the region up front: every other registration (database file, queue prefix, routes) depends on it.</summary>
    public static RegionOptions AddRegion(this IHostApplicationBuilder builder)
    {
        var region = builder.Configuration.GetSection(RegionOptions.Section).Get<RegionOptions>() ?? new RegionOptions();
        Validator.ValidateObject(region, new ValidationContext(region), validateAllProperties: true);
        _ = TimeZoneInfo.FindSystemTimeZoneById(region.TimeZone);

        builder.Configuration["Service:Name"] ??= $"regional-{region.Id}";
        builder.Services.AddSingleton(region);
        return region;
    }
}

/// <summary>Every request to this deployment addresses its one configured region.</summary>
internal sealed class ConfiguredRegion(RegionOptions region) : IRequestRegion
{
    public string? RegionOf(HttpContext context) => region.Id;
}
