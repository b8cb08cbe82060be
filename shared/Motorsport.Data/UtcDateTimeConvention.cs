using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Motorsport.Data;

public static class UtcDateTimeConvention
{
    /// <summary>
    /// Every stored DateTime is UTC. SQLite forgets the kind on read; marking it again keeps the 'Z' in JSON and lets the
    /// value be written to PostgreSQL's timestamptz, which refuses unspecified kinds.
    /// </summary>
    public static ModelConfigurationBuilder StoreDateTimesAsUtc(this ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcConverter>();
        configuration.Properties<DateTime?>().HaveConversion<UtcConverter>();
        return configuration;
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value.ToUniversalTime(), DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
