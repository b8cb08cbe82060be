using System.Net;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Security;

/// <summary>
/// Headquarters' catalogue administrator checks what each region's replica holds (the web app's replica page), and
/// nothing else of a region: the gateway lets the role reach a region, the regional service narrows it to the replica.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CatalogReplicaAccessTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("europe")]
    [InlineData("asia-pacific")]
    public async Task The_catalogue_admin_reads_every_regions_replica_but_not_its_teams(string region)
    {
        (await platform.HeadquartersAdmin.GetJsonAsync($"/api/regions/{region}/catalog/car-models")).Status.ShouldBe(HttpStatusCode.OK);
        (await platform.HeadquartersAdmin.GetJsonAsync($"/api/regions/{region}/catalog/training-courses")).Status.ShouldBe(HttpStatusCode.OK);

        (await platform.HeadquartersAdmin.GetJsonAsync($"/api/regions/{region}/teams")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, $"/api/regions/{region}/teams", new { name = "Factory Team", country = "DE" }))
            .Status.ShouldBe(HttpStatusCode.Forbidden);
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, $"/api/regions/{region}/ops/catalog-snapshot-requests")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
