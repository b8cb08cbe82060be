using System.Net;
using System.Text.RegularExpressions;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.IntegrationTests.Operations;

/// <summary>The gateway's API reference page (/api/reference/), which the tests' platform runs in development.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ApiReferenceTests(PlatformFixture platform)
{
    private const string Page = "/api/reference/";
    private const string StrictPolicy = "default-src 'self'; frame-ancestors 'none'";

    [Fact]
    public async Task The_page_lists_every_service_the_gateway_is_configured_with_including_a_region_added_by_configuration()
    {
        using var response = await platform.Anonymous.GetAsync(Page);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        foreach (var region in PlatformFixture.Regions.Append(PlatformFixture.LateRegion))
        {
            html.ShouldContain($"\"url\":\"api/regions/{region}/openapi/v1.json\"");
        }

        html.ShouldContain("\"url\":\"api/hq/openapi/v1.json\"");
    }

    [Fact]
    public async Task Only_the_page_may_run_its_own_scripts_and_the_api_keeps_the_strict_policy()
    {
        using var page = await platform.Anonymous.GetAsync(Page);
        var html = await page.Content.ReadAsStringAsync();

        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = ScriptNonce().Match(policy).Groups["nonce"].Value;
        nonce.ShouldNotBeEmpty(policy);
        var scripts = ScriptTag().Matches(html).Select(tag => tag.Value).ToList();
        scripts.ShouldNotBeEmpty();
        scripts.ShouldAllBe(tag => tag.Contains($"nonce=\"{nonce}\""));
        policy.ShouldNotContain("unsafe-eval");
        policy.Split(';').Single(directive => directive.Trim().StartsWith("script-src")).ShouldNotContain("unsafe-inline");
        policy.ShouldContain("frame-ancestors 'none'");

        using var document = await platform.Anonymous.GetAsync("/api/hq/openapi/v1.json");
        using var api = await platform.HeadquartersAnalyst.GetAsync("/api/hq/catalog/car-models");
        document.Headers.GetValues("Content-Security-Policy").ShouldBe([StrictPolicy]);
        api.Headers.GetValues("Content-Security-Policy").ShouldBe([StrictPolicy]);
    }

    [Fact]
    public async Task In_development_the_page_puts_a_token_for_the_chosen_role_and_region_in_its_bearer_field()
    {
        var html = await platform.Anonymous.GetStringAsync($"{Page}?role={Roles.RegionStaff}&region=europe");

        var token = BearerToken().Match(html).Groups["token"].Value;
        token.ShouldNotBeEmpty();
        using var client = platform.ClientWithToken(token);
        (await client.GetAsync("/api/regions/europe/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/regions/us/teams")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("?role=region-staff&region=mars", "unknown region &#39;mars&#39;")]
    [InlineData("?role=region-staff", "a region-staff token needs a region")]
    [InlineData("?role=root", "unknown role &#39;root&#39;")]
    public async Task The_page_signs_no_token_for_nonsense_and_says_why(string query, string refusal)
    {
        var html = await platform.Anonymous.GetStringAsync(Page + query);

        html.ShouldContain("Refused: " + refusal);
        BearerToken().IsMatch(html).ShouldBeFalse();
    }

    [GeneratedRegex("script-src 'self' 'nonce-(?<nonce>[^']+)'")]
    private static partial Regex ScriptNonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("\"Bearer\":\\{\"token\":\"(?<token>[^\"]+)\"")]
    private static partial Regex BearerToken();
}
