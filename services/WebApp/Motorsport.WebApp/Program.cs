using Microsoft.AspNetCore.HttpOverrides;
using Motorsport.Data;
using Motorsport.ServiceDefaults;
using Motorsport.WebApp.Api;
using Motorsport.WebApp.Components;
using Motorsport.WebApp.KeyRing;
using Motorsport.WebApp.SignIn;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSharedKeyRing();
builder.AddWebSignIn();
builder.AddGatewayApis();
builder.Services.AddRazorComponents();
builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
{
    // Only the gateway reaches this app (its NetworkPolicy; loopback locally): the host and scheme people used are the gateway's.
    forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto;
    forwarded.KnownIPNetworks.Clear();
    forwarded.KnownProxies.Clear();
});

var app = builder.Build();
await app.MigrateDatabaseAsync<WebDbContext>();

app.UseForwardedHeaders();
app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready").AllowAnonymous();
app.MapStaticAssets().AllowAnonymous();
app.MapSignInEndpoints();
app.MapRazorComponents<App>();

await app.RunAsync();
