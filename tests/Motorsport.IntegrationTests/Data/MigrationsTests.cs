using Microsoft.EntityFrameworkCore;
using Motorsport.Headquarters.Data;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.Regional.Data;
using Motorsport.ServiceDefaults;
using Npgsql;

namespace Motorsport.IntegrationTests.Data;

/// <summary>
/// Migrations are written by hand, so nothing else holds them to the model: a database built by the migrations must have
/// exactly the schema EF would create from the model, on every provider the services run on.
/// </summary>
public sealed class MigrationsTests
{
    public static TheoryData<string, string> ContextsAndProviders => new()
    {
        { nameof(HeadquartersDbContext), Database.Sqlite },
        { nameof(HeadquartersDbContext), Database.Postgres },
        { nameof(RegionalDbContext), Database.Sqlite },
        { nameof(RegionalDbContext), Database.Postgres },
    };

    [Theory]
    [MemberData(nameof(ContextsAndProviders))]
    public async Task The_migrated_schema_equals_the_model(string context, string provider)
    {
        await using var migrated = await TemporaryDatabase.CreateAsync(provider);
        await using var fromModel = await TemporaryDatabase.CreateAsync(provider);

        await using (var db = CreateContext(context, provider, migrated.ConnectionString))
        {
            await db.Database.MigrateAsync();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        }

        await using (var db = CreateContext(context, provider, fromModel.ConnectionString))
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

    private static DbContext CreateContext(string context, string provider, string connectionString) => context switch
    {
        nameof(HeadquartersDbContext) => new HeadquartersDbContext(Options<HeadquartersDbContext>(provider, connectionString)),
        nameof(RegionalDbContext) => new RegionalDbContext(Options<RegionalDbContext>(provider, connectionString)),
        _ => throw new ArgumentOutOfRangeException(nameof(context)),
    };

    private static DbContextOptions<T> Options<T>(string provider, string connectionString)
        where T : DbContext =>
        (DbContextOptions<T>)Database.Configure(new DbContextOptionsBuilder<T>(), provider, connectionString).Options;

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
