using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Motorsport.ServiceDefaults;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Motorsport.Data;

/// <summary>
/// The one place that knows database providers. <c>Database:Provider</c> is <c>Sqlite</c> (default: one file per
/// service under ./data), <c>Postgres</c> or <c>SqlServer</c>. Each provider has its own migrations, so a service names
/// one context per provider, each derived from the context it injects (<see cref="AddServiceDatabase{TContext, TSqlite, TPostgres, TSqlServer}"/>).
/// </summary>
public static class Database
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string SqlServer = "SqlServer";

    public static IReadOnlyList<string> Providers { get; } = [Sqlite, Postgres, SqlServer];

    /// <summary>
    /// Registers <typeparamref name="TContext"/> as the provider's own derived context: EF keeps one migration set and
    /// model snapshot per context type, so the derived types exist only to give each provider its own.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqlite, TPostgres, TSqlServer>(this IHostApplicationBuilder builder)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
        where TSqlServer : TContext
    {
        var provider = builder.Configuration["Database:Provider"] ?? Sqlite;
        // Only SQLite has a sensible default (a file under ./data); a server database without its address stops the service here.
        var connectionString = builder.Configuration.GetConnectionString("Database")
            ?? (provider == Sqlite
                ? DefaultSqlite(builder.Configuration["Service:Name"] ?? builder.Environment.ApplicationName)
                : throw new InvalidOperationException($"ConnectionStrings:Database is required for Database:Provider '{provider}'."));

        // Pooled: a request takes a reset context instead of building options, services and a context anew (measured in
        // bench/run-all.sh); the options are built once, so everything they hold is a singleton.
        Action<IServiceProvider, DbContextOptionsBuilder> configure = (services, options) =>
        {
            Configure(options, provider, connectionString);
            options.AddInterceptors(services.GetServices<IInterceptor>());
            // A failed save is not an error by itself: a unique key taken a moment earlier is answered 409 (DatabaseConflictHandler),
            // a lost race in a consumer is retried. Whatever is not handled is logged, with its stack, where it surfaces: by the
            // exception handler middleware or by MassTransit.
            options.ConfigureWarnings(warnings => warnings
                .Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug)));
        };
        _ = provider switch
        {
            Sqlite => builder.Services.AddDbContextPool<TContext, TSqlite>(configure),
            Postgres => builder.Services.AddDbContextPool<TContext, TPostgres>(configure),
            SqlServer => builder.Services.AddDbContextPool<TContext, TSqlServer>(configure),
            _ => throw Unsupported(provider),
        };
        builder.Services.AddExceptionHandler<DatabaseConflictHandler>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [HealthTags.Ready]);
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddNpgsql())
            .WithMetrics(metrics => metrics.AddNpgsqlInstrumentation());
        return builder;
    }

    /// <summary>Applies the provider to <paramref name="options"/>; tests and <c>dotnet ef</c> build the same contexts the services run.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string provider, string connectionString)
    {
        switch (provider)
        {
            case Sqlite:
                EnsureSqliteFolder(connectionString);
                return options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance);
            case Postgres:
                return options.UseNpgsql(connectionString);
            case SqlServer:
                return options.UseSqlServer(connectionString);
            default:
                throw Unsupported(provider);
        }
    }

    public static DbContextOptions<TContext> Options<TContext>(string provider, string connectionString)
        where TContext : DbContext =>
        (DbContextOptions<TContext>)Configure(new DbContextOptionsBuilder<TContext>(), provider, connectionString).Options;

    /// <summary>Applies pending migrations before the service accepts traffic; EF takes a database lock, so replicas may race safely.</summary>
    public static async Task MigrateDatabaseAsync<TContext>(this Microsoft.AspNetCore.Builder.WebApplication app)
        where TContext : DbContext
    {
        // Settings are checked before anything touches the database: a wrong one stops the service with its name, not halfway.
        app.Services.GetService<IStartupValidator>()?.Validate();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
    }

    private static InvalidOperationException Unsupported(string provider) =>
        new($"Database:Provider '{provider}' is not supported; use one of {string.Join(", ", Providers)}.");

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
