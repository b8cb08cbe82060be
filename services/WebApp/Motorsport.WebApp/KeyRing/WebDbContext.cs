using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Motorsport.Data;

namespace Motorsport.WebApp.KeyRing;

/// <summary>The web app's only data: the data-protection keys its replicas share.</summary>
public abstract class WebDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
}

// One context per database provider, each owning its migrations under KeyRing/Migrations/<Provider>, as the services do.
public sealed class WebSqliteContext(DbContextOptions<WebSqliteContext> options) : WebDbContext(options);

public sealed class WebPostgresContext(DbContextOptions<WebPostgresContext> options) : WebDbContext(options);

public sealed class WebSqlServerContext(DbContextOptions<WebSqlServerContext> options) : WebDbContext(options);

internal sealed class WebSqliteDesignTimeFactory() : DesignTimeContextFactory<WebSqliteContext>(Database.Sqlite, options => new(options));

internal sealed class WebPostgresDesignTimeFactory() : DesignTimeContextFactory<WebPostgresContext>(Database.Postgres, options => new(options));

internal sealed class WebSqlServerDesignTimeFactory() : DesignTimeContextFactory<WebSqlServerContext>(Database.SqlServer, options => new(options));
