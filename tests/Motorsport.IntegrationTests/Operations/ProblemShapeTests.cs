using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Operations;

/// <summary>Errors look the same to every client, whatever it accepts, at the gateway and at a service reached directly.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProblemShapeTests(PlatformFixture platform)
{
    public static TheoryData<string, string, string?, HttpStatusCode> Errors => new()
    {
        // role (null: anonymous), path, JSON body (null: GET), status
        { "gateway", "/api/hq/catalog/car-models", null, HttpStatusCode.Unauthorized },
        { "headquarters", "/api/hq/catalog/car-models", null, HttpStatusCode.Unauthorized },
        { "gateway", "/api/hq/insights/rebuild", "{}", HttpStatusCode.Forbidden },
        { "gateway", $"/api/hq/catalog/car-models/NO-SUCH-{Guid.NewGuid():N}", null, HttpStatusCode.NotFound },
        { "gateway", "/api/hq/catalog/car-models", """{"code":""}""", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task An_error_is_problem_json_with_status_and_trace_id_even_to_a_client_accepting_only_html(
        string target, string path, string? body, HttpStatusCode expected)
    {
        var anonymous = expected == HttpStatusCode.Unauthorized;
        var token = anonymous ? null : platform.Token(expected == HttpStatusCode.Forbidden ? "hq-analyst" : "hq-admin");
        using var client = platform.ClientWithToken(token, target == "gateway" ? null : platform.Headquarters.Address);
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)expected);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_team_name_that_reads_like_a_taken_one_is_a_409()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var teams = "/api/regions/europe/teams";
        var client = platform.RegionStaff("europe");
        (await client.SendJsonAsync(HttpMethod.Post, teams, new { name = $"Kowloon Speed {suffix}", country = "HK" })).Status.ShouldBe(HttpStatusCode.Created);

        foreach (var lookalike in new[] { $"Kowloon\u200bSpeed {suffix}", $"Ｋｏｗｌｏｏｎ Speed {suffix}", $"kowloon  speed\u2060 {suffix}" })
        {
            var (status, problem) = await client.SendJsonAsync(HttpMethod.Post, teams, new { name = lookalike, country = "HK" });

            status.ShouldBe(HttpStatusCode.Conflict, lookalike);
            problem.ErrorsFor("name").ShouldHaveSingleItem();
        }
    }

    [Fact]
    public async Task A_created_resource_is_located_at_the_gateway_not_at_the_service()
    {
        using var response = await platform.RegionStaff("europe").PostAsync(
            "/api/regions/europe/teams", new StringContent($$"""{"name":"Located {{Guid.NewGuid():N}}","country":"DE"}""", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var location = response.Headers.Location.ShouldNotBeNull();
        location.IsAbsoluteUri.ShouldBeTrue();
        location.GetLeftPart(UriPartial.Authority).ShouldBe(platform.GatewayAddress.GetLeftPart(UriPartial.Authority));
        location.AbsolutePath.ShouldStartWith("/api/regions/europe/teams/");
        (await platform.RegionStaff("europe").GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_duplicate_code_lost_in_a_race_is_a_409_and_not_logged_as_a_failure()
    {
        var code = $"RACE-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}";
        var failuresBefore = Failures();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, "/api/hq/catalog/car-models", new
        {
            code, name = "Race", category = "GT3", generation = "992", modelYear = 2024, engine = "4.2 l flat-six", powerKw = 416,
        })));

        outcomes.Count(o => o.Status == HttpStatusCode.Created).ShouldBe(1);
        outcomes.Count(o => o.Status == HttpStatusCode.Conflict).ShouldBe(5);
        outcomes.Where(o => o.Status == HttpStatusCode.Conflict).ShouldAllBe(o => o.Body.ErrorsFor("code").Length == 1);
        Failures().ShouldBe(failuresBefore, "a handled race should not be logged as a failure");
    }

    private int Failures() => platform.Headquarters.Output.Split('\n').Count(line => line.Contains(" fail: ", StringComparison.Ordinal));
}
