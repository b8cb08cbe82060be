using Microsoft.EntityFrameworkCore;
using Motorsport.Data;

namespace Motorsport.Regional.Data;

// One context per database provider, each owning its migrations and model snapshot under Data/Migrations/<Provider>
// (EF keeps one set per context type); the model is RegionalDbContext's and the features inject that.
public sealed class RegionalSqliteContext(DbContextOptions<RegionalSqliteContext> options) : RegionalDbContext(options);

public sealed class RegionalPostgresContext(DbContextOptions<RegionalPostgresContext> options) : RegionalDbContext(options);

public sealed class RegionalSqlServerContext(DbContextOptions<RegionalSqlServerContext> options) : RegionalDbContext(options);

internal sealed class RegionalSqliteDesignTimeFactory() : DesignTimeContextFactory<RegionalSqliteContext>(Database.Sqlite, options => new(options));

internal sealed class RegionalPostgresDesignTimeFactory() : DesignTimeContextFactory<RegionalPostgresContext>(Database.Postgres, options => new(options));

internal sealed class RegionalSqlServerDesignTimeFactory() : DesignTimeContextFactory<RegionalSqlServerContext>(Database.SqlServer, options => new(options));
