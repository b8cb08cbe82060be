namespace Motorsport.Headquarters.Insights;

public sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>A region from which nothing (not even a heartbeat) arrived for this long is shown as stale.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);
}
