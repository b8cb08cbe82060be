using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Motorsport.IntegrationTests.Catalog;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Regional;

/// <summary>
/// A change states the version it read in <c>version</c> and may send the ETag it got back as <c>If-Match</c>, through the
/// gateway as a client does: a stale If-Match is a 412 whatever the client accepts, a stale body version still a 409.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class VersionPreconditionTests(PlatformFixture platform)
{
    private const string Region = "europe";
    private const string CarModels = "/api/hq/catalog/car-models";

    private RegionalApi Api => new(platform.RegionStaff(Region), Region);

    [Fact]
    public async Task A_current_if_match_changes_the_team_and_answers_the_next_etag()
    {
        var (team, etag) = await CreateTeamAsync();

        using var response = await SendAsync(Api.Client, HttpMethod.Put, Api.Path($"teams/{team}"), Rename(version: 1), etag);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
        RegionalApi.Version(await response.Content.ReadFromJsonAsync<JsonElement>()).ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_if_match_is_a_412_naming_the_header_and_its_rule_even_to_a_browser_and_changes_nothing()
    {
        var (team, staleEtag) = await CreateTeamAsync();
        var current = await Api.OkAsync(HttpMethod.Put, $"teams/{team}", Rename(version: 1));

        using var response = await SendAsync(Api.Client, HttpMethod.Put, Api.Path($"teams/{team}"), Rename(version: 2), staleEtag, accept: "text/html");

        response.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("rule").GetString().ShouldBe("if-match-stale");
        problem.ErrorsFor("If-Match").ShouldHaveSingleItem().ShouldContain("\"2\"");
        (await Api.OkAsync(HttpMethod.Get, $"teams/{team}")).GetProperty("name").GetString().ShouldBe(current.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_stale_body_version_is_still_a_409_with_its_rule_when_if_match_is_current()
    {
        var (team, _) = await CreateTeamAsync();
        await Api.OkAsync(HttpMethod.Put, $"teams/{team}", Rename(version: 1));

        using var response = await SendAsync(Api.Client, HttpMethod.Put, Api.Path($"teams/{team}"), Rename(version: 1), "\"2\"");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("rule").GetString().ShouldBe("version-stale");
        problem.ErrorsFor("version").ShouldHaveSingleItem().ShouldBe("Version 1 is stale; the current version is 2.");
    }

    [Fact]
    public async Task A_malformed_if_match_is_a_400_naming_the_header()
    {
        var (team, _) = await CreateTeamAsync();

        using var response = await SendAsync(Api.Client, HttpMethod.Put, Api.Path($"teams/{team}"), Rename(version: 1), "1");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).ErrorsFor("If-Match").ShouldNotBeEmpty();
        RegionalApi.Version(await Api.OkAsync(HttpMethod.Get, $"teams/{team}")).ShouldBe(1);
    }

    [Fact]
    public async Task If_match_holds_for_a_delete_whose_version_is_in_the_query_string()
    {
        var series = await Api.CreateSeriesWithSeasonAsync(2027);
        var team = await Api.CreateTeamAsync(series.GetProperty("seasons")[0].GetProperty("id").GetGuid());
        var licence = team.GetProperty("licences")[0].GetProperty("id").GetGuid();
        var path = Api.Path($"teams/{RegionalApi.Id(team)}/licences/{licence}?version=2");

        using var stale = await SendAsync(Api.Client, HttpMethod.Delete, path, body: null, "\"1\"");
        using var current = await SendAsync(Api.Client, HttpMethod.Delete, path, body: null, "\"2\"");

        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        current.StatusCode.ShouldBe(HttpStatusCode.OK, await current.Content.ReadAsStringAsync());
        current.Headers.ETag!.Tag.ShouldBe("\"3\"");
    }

    [Fact]
    public async Task Headquarters_catalogue_honours_if_match_the_same_way()
    {
        var code = CarModelRequests.UniqueCode("IF-MATCH");
        using var created = await SendAsync(platform.HeadquartersAdmin, HttpMethod.Post, CarModels, CarModelRequests.Gt3R(code), ifMatch: null);
        var etag = created.Headers.ETag!.Tag;

        using var retired = await SendAsync(platform.HeadquartersAdmin, HttpMethod.Post, $"{CarModels}/{code}/retire", new { version = 1 }, etag);
        using var again = await SendAsync(platform.HeadquartersAdmin, HttpMethod.Post, $"{CarModels}/{code}/retire", new { version = 2 }, etag);

        retired.StatusCode.ShouldBe(HttpStatusCode.OK);
        retired.Headers.ETag!.Tag.ShouldBe("\"2\"");
        again.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString().ShouldBe("if-match-stale");
    }

    private async Task<(Guid Team, string ETag)> CreateTeamAsync()
    {
        using var created = await SendAsync(Api.Client, HttpMethod.Post, Api.Path("teams"), new { name = RegionalApi.Unique("Nürburg Precision"), country = "DE" }, ifMatch: null);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (RegionalApi.Id(await created.Content.ReadFromJsonAsync<JsonElement>()), created.Headers.ETag!.Tag);
    }

    private static object Rename(long version) => new { name = RegionalApi.Unique("Nürburg Precision"), country = "DE", version };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body, string? ifMatch, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            // Unvalidated, so that a malformed value reaches the service as a client could send it.
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return await client.SendAsync(request);
    }
}
