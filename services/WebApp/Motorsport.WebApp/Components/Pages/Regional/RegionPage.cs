using Microsoft.AspNetCore.Components;

namespace Motorsport.WebApp.Components.Pages.Regional;

/// <summary>
/// A page of one regional office, under <c>/regions/{region}</c>. Its route value is what the <c>region-office</c> policy checks
/// against the person's region claim, before anything renders; the API checks the same again.
/// </summary>
public abstract class RegionPage : ComponentBase
{
    [Parameter] public string Region { get; set; } = "";

    protected string Path(string rest = "") => $"/regions/{Uri.EscapeDataString(Region)}{rest}";
}

/// <summary>A change that only names the version it was based on (retire, finalise).</summary>
public sealed class VersionForm
{
    public long? Version { get; set; }

    public string? Text { get; set; }
}

/// <summary>An entry as typed in the take or change form; up to three drivers, the first required.</summary>
public sealed class EntryForm
{
    public Guid? TeamId { get; set; }
    public Guid? CarId { get; set; }
    public int? CarNumber { get; set; }
    public string? Class { get; set; }
    public Guid? Driver1 { get; set; }
    public Guid? Driver2 { get; set; }
    public Guid? Driver3 { get; set; }
    public long? Version { get; set; }

    public static readonly string[] Fields = ["teamId", "carId", "carNumber", "class", "driverIds", "version"];

    public Api.EntryRequest ToRequest(Guid eventId) =>
        new(eventId, TeamId, CarId, CarNumber, Class, new[] { Driver1, Driver2, Driver3 }.OfType<Guid>().ToList(), Version);

    public static EntryForm From(Api.Entry entry) => new()
    {
        TeamId = entry.TeamId, CarId = entry.CarId, CarNumber = entry.CarNumber, Class = entry.Class,
        Driver1 = entry.DriverIds.ElementAtOrDefault(0), Driver2 = entry.DriverIds.Count > 1 ? entry.DriverIds[1] : null,
        Driver3 = entry.DriverIds.Count > 2 ? entry.DriverIds[2] : null, Version = entry.Version,
    };
}
