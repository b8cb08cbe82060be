using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Motorsport.UnitTests;

/// <summary>
/// A host built as a service builds its own, on the given settings alone (no appsettings.json, no environment variables:
/// './platform.sh test' exports Auth__SigningKey), then checked as it is when it starts.
/// </summary>
public static class StartupValidation
{
    public static IHost Build(Action<HostApplicationBuilder> add, Dictionary<string, string?> settings, string environment = "Production")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        add(builder);
        return builder.Build();
    }

    /// <summary>What stops the process at start, as ValidateOnStart reports it; null when it starts.</summary>
    public static string? Refusal(Action<HostApplicationBuilder> add, Dictionary<string, string?> settings, string environment = "Production")
    {
        using var host = Build(add, settings, environment);
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException refused)
        {
            return refused.Message;
        }
    }
}
