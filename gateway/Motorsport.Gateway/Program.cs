using Motorsport.Gateway.Routing;
using Motorsport.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapUnknownRegionApi();
app.MapReverseProxy();

await app.RunAsync();
