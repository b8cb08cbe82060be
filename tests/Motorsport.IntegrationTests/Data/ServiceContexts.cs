using Microsoft.EntityFrameworkCore;
using Motorsport.Data;
using Motorsport.Headquarters.Data;
using Motorsport.Regional.Data;
using Motorsport.WebApp.KeyRing;

namespace Motorsport.IntegrationTests.Data;

/// <summary>The context each service runs on each provider, built as the services build it.</summary>
public static class ServiceContexts
{
    public const string Headquarters = nameof(Headquarters);
    public const string Regional = nameof(Regional);
    public const string Web = nameof(Web);

    public static TheoryData<string, string> EveryProvider()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in new[] { Headquarters, Regional, Web })
        {
            foreach (var provider in Database.Providers)
            {
                data.Add(service, provider);
            }
        }

        return data;
    }

    public static DbContext Create(string service, string provider, string connectionString) => (service, provider) switch
    {
        (Headquarters, Database.Sqlite) => new HeadquartersSqliteContext(Database.Options<HeadquartersSqliteContext>(provider, connectionString)),
        (Headquarters, Database.Postgres) => new HeadquartersPostgresContext(Database.Options<HeadquartersPostgresContext>(provider, connectionString)),
        (Headquarters, Database.SqlServer) => new HeadquartersSqlServerContext(Database.Options<HeadquartersSqlServerContext>(provider, connectionString)),
        (Regional, Database.Sqlite) => new RegionalSqliteContext(Database.Options<RegionalSqliteContext>(provider, connectionString)),
        (Regional, Database.Postgres) => new RegionalPostgresContext(Database.Options<RegionalPostgresContext>(provider, connectionString)),
        (Regional, Database.SqlServer) => new RegionalSqlServerContext(Database.Options<RegionalSqlServerContext>(provider, connectionString)),
        (Web, Database.Sqlite) => new WebSqliteContext(Database.Options<WebSqliteContext>(provider, connectionString)),
        (Web, Database.Postgres) => new WebPostgresContext(Database.Options<WebPostgresContext>(provider, connectionString)),
        (Web, Database.SqlServer) => new WebSqlServerContext(Database.Options<WebSqlServerContext>(provider, connectionString)),
        _ => throw new ArgumentOutOfRangeException(nameof(service), $"{service} on {provider}"),
    };

    /// <summary>For what needs a model and no server: nothing connects until a query runs.</summary>
    public static DbContext WithoutServer(string service, string provider) => Create(service, provider, provider switch
    {
        Database.Sqlite => "Data Source=:memory:",
        Database.Postgres => "Host=localhost;Database=unused",
        _ => "Server=localhost;Database=unused;TrustServerCertificate=True",
    });
}
