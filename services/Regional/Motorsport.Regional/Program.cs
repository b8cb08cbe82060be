using Motorsport.Data;
using Motorsport.Messaging;
using Motorsport.Messaging.Outbox;
using Motorsport.Regional.Cars;
using Motorsport.Regional.Catalog;
using Motorsport.Regional.Data;
using Motorsport.Regional.Drivers;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Events;
using Motorsport.Regional.Regions;
using Motorsport.Regional.Results;
using Motorsport.Regional.Series;
using Motorsport.Regional.Teams;
using Motorsport.Regional.Training;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.OpenApi;
using Motorsport.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

var regionId = builder.AddRegion();
builder.AddServiceDefaults();
builder.AddApiDocument($"/api/regions/{regionId}", $"Motorsport region {regionId}");
// Called here, not in ServiceDefaults: the validation source generator only sees endpoints of the project that calls it.
builder.Services.AddValidation();
builder.AddServiceDatabase<RegionalDbContext, RegionalSqliteContext, RegionalPostgresContext, RegionalSqlServerContext>();
builder.AddMessaging<RegionalDbContext>(regionId, bus =>
{
    bus.AddConsumer<CarModelChangedConsumer>();
    bus.AddConsumer<RegionalSnapshotRequestedConsumer>();
    bus.AddConsumer<TrainingCourseChangedConsumer>();
});
builder.Services.AddHostedService<CatalogSnapshotOnStartup>();
builder.Services.AddHostedService<RegionHeartbeatService>();
builder.Services.AddSingleton<IRequestRegion, ConfiguredRegion>();
builder.Services.AddScoped<ResultsStore>();

var app = builder.Build();

app.UseGatewayForwardedHeaders();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapGroup($"/api/regions/{regionId}/ops")
    .RequireAuthorization(Policies.Operations)
    .MapCatalogOperationsApi()
    .MapOutboxOperationsApi();
app.MapGroup($"/api/regions/{regionId}")
    .RequireAuthorization(Policies.RegionCatalog)
    .MapCatalogApi();
app.MapGroup($"/api/regions/{regionId}")
    .RequireAuthorization(Policies.RegionStaff)
    .MapSeriesApi()
    .MapTeamsApi()
    .MapDriversApi()
    .MapCarsApi()
    .MapEngineersApi()
    .MapEventsApi()
    .MapEntriesApi()
    .MapResultsApi()
    .MapTrainingApi();

await app.MigrateDatabaseAsync<RegionalDbContext>();
await app.RunAsync();
