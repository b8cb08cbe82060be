namespace Motorsport.ServiceDefaults;

public static class HealthTags
{
    /// <summary>Checks that must pass before the service takes traffic: its database and, where it has one, the bus.</summary>
    public const string Ready = "ready";
}
