using System.Net;
using System.Text;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Results;

namespace Motorsport.IntegrationTests.Operations;

/// <summary>
/// Mistakes any client can make on any endpoint, caught once for all of them: each is a 400 ProblemDetails naming the
/// field, never a 500 or a framework message about C# parameters.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ClientMistakeTests(PlatformFixture platform)
{
    private const string Teams = "/api/regions/europe/teams";
    private const string CarModels = "/api/hq/catalog/car-models";

    public static TheoryData<string, string, string?, string, string> Mistakes => new()
    {
        // method, path, JSON body, field, rule
        { "PUT", $"{Teams}/1234", """{"name":"P","country":"DE","version":1}""", "id", "'1234' is not a valid value" },
        { "GET", $"{Teams}?seriesId=not-a-guid", null, "seriesId", "'not-a-guid' is not a valid value" },
        { "GET", $"{Teams}?page=abc", null, "page", "'abc' is not a valid value" },
        { "GET", $"{Teams}?page=2147483647", null, "page", "The field Page must be between 1 and 1000000." },
        { "GET", $"{Teams}?name=%00", null, "name", "must not contain control characters" },
        { "POST", Teams, "", "body", "A JSON body is required." },
        { "POST", Teams, """{"name":"Nul\u0000Racing","country":"DE"}""", "name", "must not contain control characters" },
        { "POST", Teams, """{"name":"Twice Racing","name":"Once Racing","country":"DE"}""", "name", "must appear only once" },
        { "POST", CarModels, """{"code":"NUM-1","name":"N","category":1,"generation":"992","modelYear":2024,"engine":"x","powerKw":300}""", "category", "must be valid JSON of the expected type" },
        { "POST", Teams, """{"name":"Extra Racing","country":"DE","chassisNumber":"WP0ZZZ"}""", "chassisNumber", "is not a field of this request" },
        { "POST", Teams, """{"name":"Extra Racing","country":"DE","note":"a\u0000b"}""", "note", "is not a field of this request" },
        { "POST", Teams, """{"name":"Extra Racing","country":"DE","note":{"a":1,"a":2}}""", "note", "is not a field of this request" },
        { "POST", CarModels, """{"code":"STR-1","name":"N","category":"GT3","generation":"992","modelYear":"2023","engine":"x","powerKw":300}""", "modelYear", "must be valid JSON of the expected type" },
        { "PUT", $"{Teams}/{Guid.Empty}", """{"name":"P","country":"DE","version":"1"}""", "version", "must be valid JSON of the expected type" },
        { "POST", Teams, """{"name":"Evil\u202ERacing","country":"DE"}""", "name", "must not contain bidirectional control characters" },
        { "GET", "/api/hq/insights/calendar?from=0001-01-01&to=9999-12-31", null, "from", "from must be between 1950-01-01 and 2100-12-31" },
        { "GET", "/api/hq/insights/calendar?from=2027-01-01&to=9999-12-31", null, "to", "to must be between 1950-01-01 and 2100-12-31" },
        { "GET", "/api/hq/insights/calendar?pageSize=201", null, "pageSize", "The field PageSize must be between 1 and 200." },
        { "GET", "/api/hq/insights/training-compliance?page=0", null, "page", "The field Page must be between 1 and 1000000." },
        { "GET", "/api/hq/insights/standings?pageSize=0", null, "pageSize", "The field PageSize must be between 1 and 200." },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_malformed_request_is_a_400_problem_naming_the_field(string method, string path, string? body, string field, string rule)
    {
        var client = path.StartsWith("/api/hq", StringComparison.Ordinal) ? platform.HeadquartersAdmin : platform.RegionStaff("europe");
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.ErrorsFor(field).ShouldBe([rule]);
    }

    [Theory]
    [InlineData("--XXX\r\nbroken")]
    [InlineData("--XXX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n\r\nabc")]
    public async Task A_broken_multipart_upload_is_a_400_problem_and_stores_nothing(string body)
    {
        var scenario = await ResultsScenario.CreateAsync(platform, "europe", rounds: 1, [new CarSpec(7, "Pro", "Upload Racing", _ => "Una Load")],
            new { pointsBySessionType = new Dictionary<string, decimal[]> { ["Race"] = [10] }, version = 0 }, ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 10);
        var path = ResultsScenario.SessionPath(session);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=XXX");

        using var response = await scenario.Api.Client.PostAsync(scenario.Api.Path($"{path}/classification?version=1"), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ErrorsFor("body")
            .ShouldBe(["must be a well-formed multipart/form-data body"]);
        (await scenario.Api.OkAsync(HttpMethod.Get, path)).GetProperty("status").GetString().ShouldBe("Pending");
    }
}
