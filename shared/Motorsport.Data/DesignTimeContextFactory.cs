using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Motorsport.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build one provider's context without starting the service: scaffolding a migration compares the
/// model with that provider's snapshot and opens no connection, so a placeholder connection string is enough.
/// </summary>
public abstract class DesignTimeContextFactory<TContext>(string provider, Func<DbContextOptions<TContext>, TContext> create)
    : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => create(Database.Options<TContext>(provider, PlaceholderConnection(provider)));

    private static string PlaceholderConnection(string provider) => provider switch
    {
        Database.Sqlite => "Data Source=design-time.db",
        Database.Postgres => "Host=localhost;Database=design_time",
        _ => "Server=localhost;Database=design_time;TrustServerCertificate=True",
    };
}
