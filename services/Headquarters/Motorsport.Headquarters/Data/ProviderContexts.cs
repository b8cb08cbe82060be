using Microsoft.EntityFrameworkCore;
using Motorsport.Data;

namespace Motorsport.Headquarters.Data;

// One context per database provider, each owning its migrations and model snapshot under Data/Migrations/<Provider>
// (EF keeps one set per context type); the model is HeadquartersDbContext's and the features inject that.
public sealed class HeadquartersSqliteContext(DbContextOptions<HeadquartersSqliteContext> options) : HeadquartersDbContext(options);

public sealed class HeadquartersPostgresContext(DbContextOptions<HeadquartersPostgresContext> options) : HeadquartersDbContext(options);

public sealed class HeadquartersSqlServerContext(DbContextOptions<HeadquartersSqlServerContext> options) : HeadquartersDbContext(options);

internal sealed class HeadquartersSqliteDesignTimeFactory() : DesignTimeContextFactory<HeadquartersSqliteContext>(Database.Sqlite, options => new(options));

internal sealed class HeadquartersPostgresDesignTimeFactory() : DesignTimeContextFactory<HeadquartersPostgresContext>(Database.Postgres, options => new(options));

internal sealed class HeadquartersSqlServerDesignTimeFactory() : DesignTimeContextFactory<HeadquartersSqlServerContext>(Database.SqlServer, options => new(options));
