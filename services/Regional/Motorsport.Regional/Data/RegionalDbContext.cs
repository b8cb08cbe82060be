using Microsoft.EntityFrameworkCore;
using Motorsport.Messaging;
using Motorsport.ServiceDefaults;
using Motorsport.Regional.Catalog;

namespace Motorsport.Regional.Data;

public sealed class RegionalDbContext(DbContextOptions<RegionalDbContext> options) : DbContext(options)
{
    public DbSet<CatalogCarModel> CatalogCarModels => Set<CatalogCarModel>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegionalDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
