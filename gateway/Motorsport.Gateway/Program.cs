using Motorsport.Gateway.Protection;
using Motorsport.Gateway.Routing;
using Motorsport.ServiceDefaults;
using Motorsport.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddClientRateLimiting();
builder.Services.AddSingleton<IRequestRegion, ProxyRouteRegion>();
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();

app.UseSecurityHeaders();
app.UseServiceDefaults();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapUnknownRegionApi();
app.MapReverseProxy();

await app.RunAsync();
