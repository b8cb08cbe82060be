using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Motorsport.Data;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;

namespace Motorsport.IntegrationTests.Data;

/// <summary>
/// A database built by the migrations must have exactly the schema EF would create from the model, on every provider
/// that runs here (SQL Server has no engine here: SqlServerMigrationScriptTests hold its script to the model instead).
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<string, string> ContextsAndProviders => new()
    {
        { ServiceContexts.Headquarters, Database.Sqlite },
        { ServiceContexts.Headquarters, Database.Postgres },
        { ServiceContexts.Regional, Database.Sqlite },
        { ServiceContexts.Regional, Database.Postgres },
        { ServiceContexts.Web, Database.Sqlite },
        { ServiceContexts.Web, Database.Postgres },
    };

    /// <summary>A model change without its migration fails here, on every provider, before any database refuses it.</summary>
    [Theory]
    [MemberData(nameof(ServiceContexts.EveryProvider), MemberType = typeof(ServiceContexts))]
    public void Every_model_change_has_its_migration(string service, string provider)
    {
        using var db = ServiceContexts.WithoutServer(service, provider);
        db.Database.HasPendingModelChanges().ShouldBeFalse($"run scripts/add-migration.sh: the {service} model changed since the last {provider} migration");
    }

    [Theory]
    [MemberData(nameof(ContextsAndProviders))]
    public async Task The_migrated_schema_equals_the_model(string context, string provider)
    {
        await using var migrated = await TemporaryDatabase.CreateAsync(provider);
        await using var fromModel = await TemporaryDatabase.CreateAsync(provider);

        await using (var db = ServiceContexts.Create(context, provider, migrated.ConnectionString))
        {
            await db.Database.MigrateAsync();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }

        await using (var db = ServiceContexts.Create(context, provider, fromModel.ConnectionString))
        {
            await db.Database.EnsureCreatedAsync();
        }

        await using var migratedConnection = migrated.Connect();
        await using var modelConnection = fromModel.Connect();
        var migratedSchema = await SchemaReader.ReadAsync(migratedConnection);
        var modelSchema = await SchemaReader.ReadAsync(modelConnection);
        migratedSchema.ShouldNotBeEmpty();
        migratedSchema.ShouldBe(modelSchema);
    }

    /// <summary>
    /// The upgrade to paged views gives the calendar's and the standings' rows new columns that stored rows cannot fill:
    /// it empties those projections and the regions' freshness, so headquarters asks the regions again at start, and
    /// keeps the other projections as they were.
    /// </summary>
    [Theory]
    [InlineData(Database.Sqlite)]
    [InlineData(Database.Postgres)]
    public async Task Upgrading_headquarters_to_paged_views_reprojects_the_calendar_and_the_standings(string provider)
    {
        await using var database = await TemporaryDatabase.CreateAsync(provider);
        await using var db = ServiceContexts.Create(ServiceContexts.Headquarters, provider, database.ConnectionString);
        await db.GetService<IMigrator>().MigrateAsync("InsightsProjections");
        var (car, team, race, series) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var heard = DateTime.UtcNow;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "insights_cars" ("Region", "EntityId", "Version", "TeamId", "CarModelCode") VALUES ('europe', {car}, 1, {team}, '992-CUP')
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "insights_events" ("Region", "EntityId", "Version", "SeriesId", "Name", "Circuit", "StartDate", "EndDate", "TimeZone", "Status")
            VALUES ('europe', {race}, 1, {series}, 'Round 1', 'Spa', {new DateOnly(2027, 6, 1)}, {new DateOnly(2027, 6, 2)}, 'Europe/Brussels', 'Scheduled')
            """);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "region_freshness" ("Region", "LastMessageAtUtc") VALUES ('europe', {heard})""");

        await db.Database.MigrateAsync();

        (await db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "insights_events" """).SingleAsync()).ShouldBe(0);
        (await db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "region_freshness" """).SingleAsync()).ShouldBe(0);
        (await db.Database.SqlQuery<int>($"""SELECT COUNT(*) AS "Value" FROM "insights_cars" """).SingleAsync()).ShouldBe(1);
    }

    private sealed class TemporaryDatabase(string provider, string connectionString, Func<Task> drop) : IAsyncDisposable
    {
        public string ConnectionString => connectionString;

        public static async Task<TemporaryDatabase> CreateAsync(string provider)
        {
            var name = $"motorsport_schema_{Guid.NewGuid():N}";
            if (provider == Database.Sqlite)
            {
                var file = Path.Combine(Path.GetTempPath(), name + ".db");
                return new TemporaryDatabase(provider, $"Data Source={file};Pooling=False", () =>
                {
                    File.Delete(file);
                    return Task.CompletedTask;
                });
            }

            await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
            return new TemporaryDatabase(provider, TestEnvironment.PostgresDatabase(name), () => ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
        }

        public System.Data.Common.DbConnection Connect() => provider == Database.Sqlite
            ? new Microsoft.Data.Sqlite.SqliteConnection(connectionString)
            : new NpgsqlConnection(connectionString);

        public async ValueTask DisposeAsync() => await drop();

        private static async Task ExecuteOnServerAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase("postgres"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
