using System.Net;
using System.Text.Json.Nodes;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Operations;

/// <summary>Each service's OpenAPI document, as a client gets it: through the gateway, without a token.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiDocumentTests(PlatformFixture platform)
{
    public static TheoryData<string> Prefixes => new(PlatformFixture.Regions.Select(r => $"/api/regions/{r}").Prepend("/api/hq"));

    [Theory]
    [MemberData(nameof(Prefixes))]
    public async Task The_document_is_served_at_the_service_s_gateway_path_to_anonymous_callers_with_the_public_server(string prefix)
    {
        using var response = await platform.Anonymous.GetAsync($"{prefix}/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        document["servers"]!.AsArray().Select(s => s!["url"]!.GetValue<string>())
            .ShouldBe([new Uri(platform.GatewayAddress, prefix).ToString()]);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldNotBeEmpty();
        paths.ShouldAllBe(path => !path.StartsWith("/api/"));
    }

    [Fact]
    public async Task The_server_is_the_address_the_client_called_not_the_service_s_own()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/regions/europe/openapi/v1.json");
        request.Headers.Host = "motorsport.example.com";

        using var response = await platform.Anonymous.SendAsync(request);

        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        document["servers"]![0]!["url"]!.GetValue<string>().ShouldBe("http://motorsport.example.com/api/regions/europe");
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public async Task Every_operation_needs_the_bearer_scheme_has_a_summary_and_describes_its_problems(string prefix)
    {
        var document = await DocumentAsync(prefix);

        var bearer = document["components"]!["securitySchemes"]!["Bearer"]!;
        bearer["type"]!.GetValue<string>().ShouldBe("http");
        bearer["scheme"]!.GetValue<string>().ShouldBe("bearer");
        bearer["bearerFormat"]!.GetValue<string>().ShouldBe("JWT");
        document["components"]!["schemas"]!["Problem"]!["properties"]!.AsObject().Select(p => p.Key)
            .ShouldBeSubsetOf(["type", "title", "status", "detail", "instance", "errors", "rule", "traceId"]);
        foreach (var (name, operation) in Operations(document))
        {
            operation["security"]!.AsArray().Select(r => r!.AsObject().Single().Key).ShouldBe(["Bearer"], name);
            (operation["summary"]?.GetValue<string>()).ShouldNotBeNullOrWhiteSpace(name);

            var problems = operation["responses"]!.AsObject().Select(r => r.Key).Where(status => status[0] == '4').ToList();
            new[] { "400", "401", "403", "429" }.ShouldBeSubsetOf(problems, name);
            foreach (var status in problems)
            {
                ProblemSchema(operation, status).ShouldBe("#/components/schemas/Problem", $"{name} {status}");
            }
        }
    }

    [Theory]
    [InlineData("/api/hq", "get /catalog/car-models", "400 401 403 429")]
    [InlineData("/api/hq", "get /catalog/car-models/{code}", "400 401 403 404 429")]
    [InlineData("/api/hq", "post /catalog/car-models", "400 401 403 409 413 422 429")]
    [InlineData("/api/hq", "post /insights/rebuild", "400 401 403 429")]
    [InlineData("/api/hq", "post /catalog/car-models/{code}/retire", "400 401 403 404 409 412 413 422 429")]
    [InlineData("/api/regions/europe", "put /teams/{id}", "400 401 403 404 409 412 413 422 429")]
    [InlineData("/api/regions/europe", "delete /teams/{id}/licences/{licenceId}", "400 401 403 404 409 412 422 429")]
    [InlineData("/api/regions/europe", "post /events/{eventId}/sessions/{sessionId}/classification", "400 401 403 404 409 412 413 422 429")]
    [InlineData("/api/regions/europe", "post /teams", "400 401 403 409 413 422 429")]
    public async Task An_operation_lists_the_problems_it_can_answer_from_what_it_is(string prefix, string operationName, string expected)
    {
        var operation = Operations(await DocumentAsync(prefix)).Single(o => o.Name == operationName).Operation;

        operation["responses"]!.AsObject().Select(r => r.Key).Where(status => status[0] == '4').Order()
            .ShouldBe(expected.Split(' '));
    }

    [Theory]
    [InlineData("/api/hq", "put /catalog/car-models/{code}", true)]
    [InlineData("/api/hq", "post /catalog/car-models", false)]
    [InlineData("/api/regions/europe", "post /teams/{id}/staff", true)]
    [InlineData("/api/regions/europe", "get /teams/{id}", false)]
    public async Task A_versioned_change_describes_the_if_match_header_it_honours(string prefix, string operationName, bool versioned)
    {
        var operation = Operations(await DocumentAsync(prefix)).Single(o => o.Name == operationName).Operation;

        var headers = operation["parameters"]?.AsArray().Where(p => p!["in"]!.GetValue<string>() == "header").Select(p => p!["name"]!.GetValue<string>()) ?? [];
        headers.Contains("If-Match").ShouldBe(versioned, operationName);
    }

    [Theory]
    [InlineData("get /events/{eventId}/sessions/{sessionId}")]
    [InlineData("get /series/{seriesId}/seasons/{seasonId}/standings")]
    [InlineData("get /series/{seriesId}/seasons/{seasonId}/standings/all")]
    public async Task An_answer_in_json_or_csv_describes_both(string operationName)
    {
        var operation = Operations(await DocumentAsync("/api/regions/europe")).Single(o => o.Name == operationName).Operation;

        var content = operation["responses"]!["200"]!["content"]!.AsObject();
        content.Select(c => c.Key).ShouldBe(["application/json", "text/csv; charset=utf-8"], ignoreOrder: true);
        content["text/csv; charset=utf-8"]!["schema"]!["type"]!.GetValue<string>().ShouldBe("string");
        content["application/json"]!["schema"].ShouldNotBeNull();
    }

    private async Task<JsonNode> DocumentAsync(string prefix) =>
        JsonNode.Parse(await platform.Anonymous.GetStringAsync($"{prefix}/openapi/v1.json"))!;

    private static IEnumerable<(string Name, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(method => ($"{method.Key} {path.Key}", method.Value!)));

    private static string? ProblemSchema(JsonNode operation, string status) =>
        operation["responses"]?[status]?["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>();
}
