using System.Net;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

[Collection(PlatformCollection.Name)]
public sealed class TeamConcurrencyTests(PlatformFixture platform)
{
    private const string Region = "asia-pacific";

    private RegionalApi Api => new(platform.RegionStaff(Region), Region);

    [Fact]
    public async Task Two_concurrent_updates_of_one_team_from_the_same_version_give_exactly_one_409()
    {
        var team = RegionalApi.Id(await Api.CreateAsync("teams", new { name = RegionalApi.Unique("Sepang Speed"), country = "MY" }));

        var writers = Enumerable.Range(1, 2).Select(writer =>
            Api.SendAsync(HttpMethod.Put, $"teams/{team}", new { name = RegionalApi.Unique($"Writer {writer}"), country = "MY", version = 1 }));
        var results = await Task.WhenAll(writers);

        results.Select(r => r.Status).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        results.Single(r => r.Status == HttpStatusCode.Conflict).Body.ErrorsFor("version").ShouldNotBeEmpty();
        var winner = results.Single(r => r.Status == HttpStatusCode.OK).Body;
        var current = await Api.OkAsync(HttpMethod.Get, $"teams/{team}");
        current.GetProperty("name").GetString().ShouldBe(winner.GetProperty("name").GetString());
        RegionalApi.Version(current).ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_version_on_any_change_of_the_team_is_a_409_and_changes_nothing()
    {
        var team = await Api.CreateAsync("teams", new { name = RegionalApi.Unique("Buriram Racing"), country = "TH" });
        var id = RegionalApi.Id(team);
        await Api.OkAsync(HttpMethod.Post, $"teams/{id}/staff", new { name = "Somchai Rattana", role = "Mechanic", version = 1 });

        var (renamed, _) = await Api.SendAsync(HttpMethod.Put, $"teams/{id}", new { name = RegionalApi.Unique("Late rename"), country = "TH", version = 1 });
        var (staffed, _) = await Api.SendAsync(HttpMethod.Post, $"teams/{id}/staff", new { name = "Late mechanic", role = "Mechanic", version = 1 });

        renamed.ShouldBe(HttpStatusCode.Conflict);
        staffed.ShouldBe(HttpStatusCode.Conflict);
        var current = await Api.OkAsync(HttpMethod.Get, $"teams/{id}");
        current.GetProperty("name").GetString().ShouldBe(team.GetProperty("name").GetString());
        current.GetProperty("staff").GetArrayLength().ShouldBe(1);
        RegionalApi.Version(current).ShouldBe(2);
    }
}
