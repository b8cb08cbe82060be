using System.Net;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;

namespace Motorsport.IntegrationTests.Catalog;

/// <summary>A region restarting with half a catalogue asks for that half only, not for every car model again.</summary>
[Collection(DisruptedPlatformCollection.Name)]
public sealed class CatalogSnapshotTests(PlatformFixture platform)
{
    private const string Region = PlatformFixture.LateRegion;

    [Fact]
    public async Task A_region_holding_car_models_but_no_course_asks_for_courses_only()
    {
        var carModel = CarModelRequests.UniqueCode("992-GT3-HALF");
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, "/api/hq/catalog/car-models", CarModelRequests.Gt3R(carModel))).Status.ShouldBe(HttpStatusCode.Created);
        var course = CarModelRequests.UniqueCode("ENG-HALF");
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, "/api/hq/catalog/training-courses", new
        {
            code = course, title = "GT3 R race engineering", role = "Engineer", carModelCode = carModel, location = "Factory",
            durationDays = 3, capacity = 12, certificateValidityMonths = 24,
        })).Status.ShouldBe(HttpStatusCode.Created);
        if (!platform.IsRunning(Region))
        {
            await platform.StartLateRegionAsync();
        }

        await WaitUntilServedAsync($"car-models/{carModel}");
        await WaitUntilServedAsync($"training-courses/{course}");
        await platform.StopRegionAsync(Region);
        await ExecuteInRegionAsync("DELETE FROM catalog_training_courses");
        var snapshotsBefore = Snapshots().Count;

        await platform.StartLateRegionAsync();

        await WaitUntilServedAsync($"training-courses/{course}");
        var snapshot = (await Eventually.Until(
            () => Task.FromResult(Snapshots()),
            snapshots => snapshots.Count > snapshotsBefore,
            because: "headquarters should answer the restarted region's request")).Last();
        snapshot.ShouldContain("of TrainingCourses; re-publishing 0 car models and");
    }

    private List<string> Snapshots() =>
        platform.Headquarters.Output.Split('\n').Where(line => line.Contains($"Region {Region} asked for a catalogue snapshot")).ToList();

    private Task WaitUntilServedAsync(string item) =>
        Eventually.Until(
            () => platform.RegionStaff(Region).GetJsonAsync($"/api/regions/{Region}/catalog/{item}"),
            result => result.Status == HttpStatusCode.OK,
            because: $"{Region} should serve {item}");

    private async Task ExecuteInRegionAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(platform.RegionDatabase(Region)));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
