using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Motorsport.WebApp.Api;

public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    /// <summary>The gateway as this app reaches it from the server side (in Kubernetes, the gateway's Service).</summary>
    [Required]
    public Uri? Address { get; set; }
}

public static class GatewayApis
{
    /// <summary>The typed clients of headquarters' and the regions' APIs, both through the gateway with the person's token.</summary>
    public static IHostApplicationBuilder AddGatewayApis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddTransient<AccessTokenHandler>();
        builder.Services.AddHttpClient<HeadquartersApi>(Configure).AddHttpMessageHandler<AccessTokenHandler>();
        builder.Services.AddHttpClient<RegionApi>(Configure).AddHttpMessageHandler<AccessTokenHandler>();
        return builder;
    }

    private static void Configure(IServiceProvider services, HttpClient http)
    {
        http.BaseAddress = services.GetRequiredService<IOptions<GatewayOptions>>().Value.Address;
        http.Timeout = TimeSpan.FromSeconds(30);
    }
}
