using System.Net;
using System.Text.Json;
using MassTransit;
using Motorsport.Contracts.Catalog;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Catalog;

[Collection(PlatformCollection.Name)]
public sealed class CarModelDistributionTests(PlatformFixture platform)
{
    private const string CatalogPath = "/api/hq/catalog/car-models";

    [Fact]
    public async Task A_car_model_created_at_headquarters_is_served_by_every_region_with_the_same_version()
    {
        var code = CarModelRequests.UniqueCode("992-GT3-R");

        var (status, created) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code));

        status.ShouldBe(HttpStatusCode.Created);
        created.GetProperty("version").GetInt64().ShouldBe(1);
        foreach (var region in PlatformFixture.Regions)
        {
            var replica = await WaitForRegionVersion(region, code, 1);
            replica.GetProperty("name").GetString().ShouldBe("911 GT3 R");
            replica.GetProperty("category").GetString().ShouldBe("GT3");
            replica.GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        }
    }

    [Fact]
    public async Task Updates_and_retirement_reach_every_region()
    {
        var code = CarModelRequests.UniqueCode("992-CUP");
        await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code));

        var (updateStatus, updated) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Put, $"{CatalogPath}/{code}", new
        {
            name = "911 GT3 R (2025 evo)", category = "GT3", generation = "992.2", modelYear = 2025, engine = "4.2 l flat-six", powerKw = 416, version = 1,
        });
        updateStatus.ShouldBe(HttpStatusCode.OK);
        updated.GetProperty("version").GetInt64().ShouldBe(2);

        var (retireStatus, retired) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, $"{CatalogPath}/{code}/retire", new { version = 2 });
        retireStatus.ShouldBe(HttpStatusCode.OK);
        retired.GetProperty("status").GetString().ShouldBe("Retired");

        foreach (var region in PlatformFixture.Regions)
        {
            var replica = await WaitForRegionVersion(region, code, 3);
            replica.GetProperty("name").GetString().ShouldBe("911 GT3 R (2025 evo)");
            replica.GetProperty("generation").GetString().ShouldBe("992.2");
            replica.GetProperty("status").GetString().ShouldBe("Retired");
        }
    }

    [Fact]
    public async Task Duplicated_and_reordered_deliveries_leave_every_replica_at_the_newest_version()
    {
        var code = CarModelRequests.UniqueCode("718-GT4-RS");
        var id = Guid.NewGuid();
        CarModelChanged Version(long version, string name) =>
            new(id, version, new CarModelState(code, name, "GT4", "982", 2023, "4.0 l flat-six", 368, null, "Active"), DateTime.UtcNow);

        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(TestEnvironment.RabbitMq));
        await bus.StartAsync();
        try
        {
            var newestId = Guid.NewGuid();
            await bus.Publish(Version(3, "Cayman GT4 RS Clubsport v3"), context => context.MessageId = newestId);
            await bus.Publish(Version(1, "Cayman GT4 RS Clubsport v1"));
            await bus.Publish(Version(2, "Cayman GT4 RS Clubsport v2"));
            await bus.Publish(Version(3, "Cayman GT4 RS Clubsport v3"), context => context.MessageId = newestId);

            // A marker published last: once a region has it, it has received everything published before on its queue. A
            // version that lost a race with another is still in its retry then, so the replica must reach version 3
            // (and stay there: the older ones, retried, find it newer) rather than be at 3 the moment the marker is.
            var marker = CarModelRequests.UniqueCode("MARKER");
            await bus.Publish(new CarModelChanged(Guid.NewGuid(), 1, new CarModelState(marker, "marker", "Cup", "992", 2024, "4.0", 375, null, "Active"), DateTime.UtcNow));
            foreach (var region in PlatformFixture.Regions)
            {
                await WaitForRegionVersion(region, marker, 1);
                var replica = await WaitForRegionVersion(region, code, 3);
                replica.GetProperty("name").GetString().ShouldBe("Cayman GT4 RS Clubsport v3");
            }

            // Long enough for every retry of the older versions (the first back-off is 200 ms) to have run against it.
            await Task.Delay(TimeSpan.FromSeconds(2));
            foreach (var region in PlatformFixture.Regions)
            {
                var (status, replica) = await platform.RegionStaff(region).GetJsonAsync($"/api/regions/{region}/catalog/car-models/{code}");
                status.ShouldBe(HttpStatusCode.OK);
                (replica.GetProperty("version").GetInt64(), replica.GetProperty("name").GetString()).ShouldBe((3, "Cayman GT4 RS Clubsport v3"));
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    [Fact]
    public async Task A_region_started_after_the_change_catches_up_by_snapshot()
    {
        var code = CarModelRequests.UniqueCode("992-GT3-CUP");
        var (status, _) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code, "911 GT3 Cup"));
        status.ShouldBe(HttpStatusCode.Created);
        await WaitForRegionVersion(PlatformFixture.Regions[0], code, 1);

        await platform.StartLateRegionAsync();

        var replica = await WaitForRegionVersion(PlatformFixture.LateRegion, code, 1);
        replica.GetProperty("name").GetString().ShouldBe("911 GT3 Cup");
    }

    [Fact]
    public async Task An_unknown_region_is_a_404_problem_naming_the_region()
    {
        var (status, problem) = await platform.Operations.GetJsonAsync("/api/regions/atlantis/catalog/car-models");

        status.ShouldBe(HttpStatusCode.NotFound);
        problem.ErrorsFor("region").ShouldHaveSingleItem().ShouldContain("atlantis");
    }

    private async Task<JsonElement> WaitForRegionVersion(string region, string code, long version)
    {
        var (_, body) = await Eventually.Until(
            () => platform.RegionStaff(region).GetJsonAsync($"/api/regions/{region}/catalog/car-models/{code}"),
            result => result.Status == HttpStatusCode.OK && result.Body.GetProperty("version").GetInt64() >= version,
            because: $"{region} should serve {code} at version {version}");
        body.GetProperty("version").GetInt64().ShouldBe(version);
        return body;
    }
}
