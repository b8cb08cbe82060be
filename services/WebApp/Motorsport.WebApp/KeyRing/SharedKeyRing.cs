using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Motorsport.Data;

namespace Motorsport.WebApp.KeyRing;

public static class SharedKeyRing
{
    /// <summary>
    /// Data protection on a key ring in the web app's database (<c>Database:Provider</c>, <c>ConnectionStrings:Database</c>),
    /// so a session cookie or a form's antiforgery token from one replica is read by any other: the gateway sends each
    /// request to whichever replica it picks.
    /// </summary>
    public static IHostApplicationBuilder AddSharedKeyRing(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.AddServiceDatabase<WebDbContext, WebSqliteContext, WebPostgresContext, WebSqlServerContext>();
        builder.Services.AddDataProtection().PersistKeysToDbContext<WebDbContext>();
        builder.Services.AddOptions<DataProtectionOptions>().Configure<IOptions<KeyRingOptions>>((protection, keyRing) =>
            protection.ApplicationDiscriminator = keyRing.Value.ApplicationName);
        builder.Services.AddOptions<KeyManagementOptions>().Configure<IOptions<KeyRingOptions>>((keys, keyRing) =>
            keys.NewKeyLifetime = keyRing.Value.KeyLifetime);
        return builder;
    }
}
