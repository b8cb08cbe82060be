using Microsoft.EntityFrameworkCore;
using Motorsport.Headquarters.Catalog.CarModels;
using Motorsport.Headquarters.Catalog.TrainingCourses;
using Motorsport.Headquarters.Insights;
using Motorsport.Messaging;
using Motorsport.ServiceDefaults;

namespace Motorsport.Headquarters.Data;

public sealed class HeadquartersDbContext(DbContextOptions<HeadquartersDbContext> options) : DbContext(options)
{
    public DbSet<CarModel> CarModels => Set<CarModel>();

    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();

    public DbSet<RegionalRecord> RegionalRecords => Set<RegionalRecord>();

    public DbSet<RegionFreshness> RegionFreshness => Set<RegionFreshness>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HeadquartersDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
