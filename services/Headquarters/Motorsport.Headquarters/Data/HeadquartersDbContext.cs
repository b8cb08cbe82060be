using Microsoft.EntityFrameworkCore;
using Motorsport.Headquarters.Catalog.CarModels;
using Motorsport.Messaging;

namespace Motorsport.Headquarters.Data;

public sealed class HeadquartersDbContext(DbContextOptions<HeadquartersDbContext> options) : DbContext(options)
{
    public DbSet<CarModel> CarModels => Set<CarModel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HeadquartersDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
