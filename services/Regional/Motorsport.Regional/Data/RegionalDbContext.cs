using Microsoft.EntityFrameworkCore;
using Motorsport.Data;
using Motorsport.Messaging;
using Motorsport.Regional.Cars;
using Motorsport.Regional.Catalog;
using Motorsport.Regional.Drivers;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;
using Motorsport.Regional.Results;
using Motorsport.Regional.Series;
using Motorsport.Regional.Teams;
using Motorsport.Regional.Training;

namespace Motorsport.Regional.Data;

public abstract class RegionalDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CatalogCarModel> CatalogCarModels => Set<CatalogCarModel>();

    public DbSet<CatalogTrainingCourse> CatalogTrainingCourses => Set<CatalogTrainingCourse>();

    public DbSet<RacingSeries> Series => Set<RacingSeries>();

    public DbSet<Season> Seasons => Set<Season>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<EntrantLicence> EntrantLicences => Set<EntrantLicence>();

    public DbSet<Driver> Drivers => Set<Driver>();

    public DbSet<Car> Cars => Set<Car>();

    public DbSet<RegionalEngineer> Engineers => Set<RegionalEngineer>();

    public DbSet<RacingEvent> Events => Set<RacingEvent>();

    public DbSet<Entry> Entries => Set<Entry>();

    public DbSet<SeriesScoring> SeriesScoring => Set<SeriesScoring>();

    public DbSet<RaceSession> RaceSessions => Set<RaceSession>();

    public DbSet<SeasonStandingsVersion> SeasonStandingsVersions => Set<SeasonStandingsVersion>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreDateTimesAsUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegionalDbContext).Assembly);
        modelBuilder.AddMessagingTables();
    }
}
