using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// The one place that knows database providers. <c>Database:Provider</c> is <c>Sqlite</c> (default: one file per
/// service under ./data) or <c>Postgres</c>; adding SQL Server the day its provider restores is one more case here.
/// </summary>
public static class Database
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        var provider = builder.Configuration["Database:Provider"] ?? Sqlite;
        var connectionString = builder.Configuration.GetConnectionString("Database");
        var serviceName = builder.Configuration["Service:Name"] ?? builder.Environment.ApplicationName;

        builder.Services.AddDbContext<TContext>((services, options) =>
        {
            Configure(options, provider, connectionString ?? DefaultSqlite(serviceName));
            options.AddInterceptors(services.GetServices<IInterceptor>());
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [HealthTags.Ready]);
        return builder;
    }

    /// <summary>Applies the provider to <paramref name="options"/>; tests use it to build the same contexts the services run.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        switch (provider)
        {
            case Sqlite:
                EnsureSqliteFolder(connectionString);
                options.UseSqlite(connectionString);
                break;
            case Postgres:
                options.UseNpgsql(connectionString);
                break;
            default:
                throw new InvalidOperationException($"Database:Provider '{provider}' is not supported; use '{Sqlite}' or '{Postgres}'.");
        }

        // Migrations are written by hand (EF's design-time package is absent here), so there is no model snapshot
        // to compare with; MigrationsTests prove instead that the migrated schema equals the model on both providers.
        // A failed save is not an error by itself: a unique key taken a moment earlier is answered 409 (ClientErrorExceptionHandler),
        // a lost race in a consumer is retried. Whatever is not handled is logged, with its stack, where it surfaces: by the
        // exception handler middleware or by MassTransit.
        return options.ConfigureWarnings(warnings => warnings
            .Ignore(RelationalEventId.PendingModelChangesWarning)
            .Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug)));
    }

    /// <summary>Applies pending migrations before the service accepts traffic; EF takes a database lock, so replicas may race safely.</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this WebApplication app)
        where TContext : DbContext
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
    }

    private static string DefaultSqlite(string serviceName) => $"Data Source=data/{serviceName}.db";

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
