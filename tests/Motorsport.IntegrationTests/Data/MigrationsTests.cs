using Microsoft.EntityFrameworkCore;
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
