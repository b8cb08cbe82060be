using Motorsport.Gateway.Protection;
using Motorsport.Gateway.Reference;
using Motorsport.Gateway.Routing;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.Security;
using OpenTelemetry.Trace;
using Yarp.ReverseProxy.Configuration;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
// Kestrel takes only its endpoints from configuration by itself; the body-size limit (Kestrel:Limits) is bound here.
builder.WebHost.ConfigureKestrel(kestrel => builder.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits));
builder.AddClientRateLimiting();
builder.Services.AddSingleton<IRequestRegion, ProxyRouteRegion>();
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy")).AddConfigFilter<ReadinessHealthChecks>();
builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource("Yarp.ReverseProxy"));
builder.Services.AddSingleton<ApiDocumentRoutes>();
builder.Services.AddSingleton<IProxyConfigProvider>(services => services.GetRequiredService<ApiDocumentRoutes>());

var app = builder.Build();

app.UseSecurityHeaders();
app.UseServiceDefaults();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapUnknownRegionApi();
app.MapApiReference();
app.MapReverseProxy();

await app.RunAsync();
