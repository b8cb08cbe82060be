using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Motorsport.Regional.Regions;

namespace Motorsport.UnitTests.Regions;

/// <summary>A region deployed with a wrong setting stops at start and names the setting, instead of serving under a bad id.</summary>
public sealed class RegionOptionsTests
{
    [Theory]
    [InlineData("Europe West", "Europe/Berlin", "Id")]
    [InlineData("", "Europe/Berlin", "Id")]
    [InlineData("europe", "Mars/Olympus_Mons", "Region:TimeZone")]
    public void A_wrong_region_setting_stops_the_service_at_start_naming_it(string id, string timeZone, string named)
    {
        var failure = Should.Throw<OptionsValidationException>(() => Validate(id, timeZone));

        failure.Message.ShouldContain(named);
    }

    [Fact]
    public void A_complete_region_starts() => Should.NotThrow(() => Validate("asia-pacific", "Asia/Singapore"));

    private static void Validate(string id, string timeZone)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Region:Id"] = id, ["Region:DisplayName"] = "Region", ["Region:TimeZone"] = timeZone,
        });
        builder.AddRegion();
        using var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
    }
}
