using Motorsport.Data;
using Motorsport.Headquarters.Catalog;
using Motorsport.Headquarters.Catalog.CarModels;
using Motorsport.Headquarters.Catalog.TrainingCourses;
using Motorsport.Headquarters.Data;
using Motorsport.Headquarters.Insights;
using Motorsport.Messaging;
using Motorsport.Messaging.Outbox;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.Security;
using Motorsport.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApiDocument("/api/hq", "Motorsport headquarters");
// Called here, not in ServiceDefaults: the validation source generator only sees endpoints of the project that calls it.
builder.Services.AddValidation();
builder.AddServiceDatabase<HeadquartersDbContext, HeadquartersSqliteContext, HeadquartersPostgresContext, HeadquartersSqlServerContext>();
// Before the bus: hosted services start in order, and a heartbeat consumed first would hide an empty read model.
builder.Services.AddHostedService<ReadModelBootstrap>();
builder.AddMessaging<HeadquartersDbContext>("hq", bus =>
{
    bus.AddConsumer<CatalogSnapshotRequestedConsumer>(typeof(CatalogSnapshotRequestedConsumerDefinition));
    bus.AddRegionalFactsConsumers();
});
builder.Services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.Section)
    .Validate(insights => insights.StaleAfter > TimeSpan.Zero, $"{InsightsOptions.Section}:{nameof(InsightsOptions.StaleAfter)} must be positive.")
    .ValidateOnStart();
builder.Services.AddScoped<InsightsReader>();
builder.Services.AddScoped<ReadModelStore>();

var app = builder.Build();

app.UseGatewayForwardedHeaders();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapCarModelsApi();
app.MapTrainingCoursesApi();
app.MapInsightsApi();
app.MapGroup("/api/hq/ops")
    .RequireAuthorization(Policies.Operations)
    .MapOutboxOperationsApi();

await app.MigrateDatabaseAsync<HeadquartersDbContext>();
await app.RunAsync();
