using Microsoft.EntityFrameworkCore;
using Motorsport.Headquarters.Catalog.CarModels;
using Motorsport.Messaging;
using Motorsport.ServiceDefaults;

namespace Motorsport.Headquarters.Data;

public sealed class HeadquartersDbContext(DbContextOptions<HeadquartersDbContext> options) : DbContext(options)
{
    public DbSet<CarModel> CarModels => Set<CarModel>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HeadquartersDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
