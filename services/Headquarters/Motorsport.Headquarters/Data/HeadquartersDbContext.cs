using Microsoft.EntityFrameworkCore;
using Motorsport.Data;
using Motorsport.Headquarters.Catalog.CarModels;
using Motorsport.Headquarters.Catalog.TrainingCourses;
using Motorsport.Headquarters.Insights;
using Motorsport.Messaging;

namespace Motorsport.Headquarters.Data;

/// <summary>Headquarters' model; the service runs one of the per-provider contexts in ProviderContexts.cs.</summary>
public abstract class HeadquartersDbContext(DbContextOptions options) : DbContext(options)
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
        modelBuilder.AddProjections();
        modelBuilder.AddMessagingTables();
    }
}
