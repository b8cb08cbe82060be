using System.Net;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.IntegrationTests.Operations;

[Collection(PlatformCollection.Name)]
public sealed class HealthAndOpenApiTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_gateway_reports_its_health(string path)
    {
        using var response = await platform.Anonymous.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Headquarters_is_ready_with_its_database_and_bus_and_describes_its_api()
    {
        using var client = platform.ClientWithToken(platform.Token(Roles.HeadquartersAnalyst), platform.Headquarters.Address);

        (await client.GetStringAsync("/health/ready")).ShouldBe("Healthy");
        var openApi = await client.GetStringAsync("/api/hq/openapi/v1.json");
        openApi.ShouldContain("/catalog/car-models");
    }
}
