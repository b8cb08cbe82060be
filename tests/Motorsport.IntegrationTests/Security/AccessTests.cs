using System.Text;
using System.Net;
using Motorsport.IntegrationTests.Catalog;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.IntegrationTests.Security;

[Collection(PlatformCollection.Name)]
public sealed class AccessTests(PlatformFixture platform)
{
    private const string CatalogPath = "/api/hq/catalog/car-models";

    [Theory]
    [InlineData(CatalogPath)]
    [InlineData("/api/regions/europe/catalog/car-models")]
    [InlineData("/api/regions/atlantis/catalog/car-models")]
    public async Task Without_a_token_the_gateway_answers_401_problem(string path)
    {
        using var response = await platform.Anonymous.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    public static TheoryData<string> BadTokens => new() { "expired", "wrongly-signed", "wrong-audience", "garbage" };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task An_invalid_token_is_401(string kind)
    {
        var token = kind switch
        {
            "expired" => platform.Token(Roles.HeadquartersAdmin, notBeforeUtc: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromHours(1)),
            "wrongly-signed" => platform.Token(Roles.HeadquartersAdmin, signingKey: "an-attacker-chosen-key-that-is-long-enough-to-sign"),
            "wrong-audience" => DevelopmentTokens.Create(
                new AuthOptions { SigningKey = platform.Auth.SigningKey, Issuer = platform.Auth.Issuer, Audience = "another-application" },
                Roles.HeadquartersAdmin, null, "someone", DateTime.UtcNow.AddSeconds(-5), TimeSpan.FromHours(1)),
            _ => "not.a.jwt",
        };
        using var client = platform.ClientWithToken(token);

        using var response = await client.GetAsync(CatalogPath);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Europe_staff_cannot_read_or_write_in_the_us_region()
    {
        var europe = platform.RegionStaff("europe");

        (await europe.GetJsonAsync("/api/regions/us/catalog/car-models")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await europe.SendJsonAsync(HttpMethod.Post, "/api/regions/us/teams", new { name = "Intruders" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await europe.GetJsonAsync("/api/regions/europe/catalog/car-models")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_region_service_reached_around_the_gateway_enforces_its_own_region_and_refuses_anonymous_calls()
    {
        var us = platform.Region("us").Address;
        using var anonymous = platform.ClientWithToken(null, us);
        using var europeStaff = platform.ClientWithToken(platform.Token(Roles.RegionStaff, "europe"), us);
        using var usStaff = platform.ClientWithToken(platform.Token(Roles.RegionStaff, "us"), us);

        (await anonymous.GetAsync("/api/regions/us/catalog/car-models")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await europeStaff.GetAsync("/api/regions/us/catalog/car-models")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await usStaff.GetAsync("/api/regions/us/catalog/car-models")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Headquarters_reached_around_the_gateway_refuses_anonymous_calls()
    {
        using var anonymous = platform.ClientWithToken(null, platform.Headquarters.Address);

        using var response = await anonymous.GetAsync(CatalogPath);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_analyst_reads_the_catalogue_but_cannot_write_it()
    {
        var code = CarModelRequests.UniqueCode("ANALYST");

        var (writeStatus, problem) = await platform.HeadquartersAnalyst.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code));

        writeStatus.ShouldBe(HttpStatusCode.Forbidden);
        problem.GetProperty("status").GetInt32().ShouldBe(403);
        (await platform.HeadquartersAnalyst.GetJsonAsync(CatalogPath)).Status.ShouldBe(HttpStatusCode.OK);
        (await platform.HeadquartersAdmin.GetJsonAsync($"{CatalogPath}/{code}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Each_role_does_what_it_is_for_and_no_more()
    {
        var code = CarModelRequests.UniqueCode("ROLES");
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code))).Status.ShouldBe(HttpStatusCode.Created);

        (await platform.Operations.SendJsonAsync(HttpMethod.Post, "/api/regions/europe/ops/catalog-snapshot-requests")).Status.ShouldBe(HttpStatusCode.Accepted);
        (await platform.RegionStaff("europe").SendJsonAsync(HttpMethod.Post, "/api/regions/europe/ops/catalog-snapshot-requests")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await platform.Operations.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(CarModelRequests.UniqueCode("OPS")))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await platform.RegionStaff("europe").GetJsonAsync(CatalogPath)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await platform.HeadquartersAnalyst.GetJsonAsync("/api/regions/europe/catalog/car-models")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_client_flooding_the_gateway_gets_429_with_retry_after_while_another_client_is_served()
    {
        using var flooder = platform.ClientWithToken(platform.Token(Roles.HeadquartersAnalyst, subject: $"flooder-{Guid.NewGuid():N}"));
        using var bystander = platform.ClientWithToken(platform.Token(Roles.HeadquartersAnalyst, subject: $"bystander-{Guid.NewGuid():N}"));

        // Concurrent batches, so the permits run out within one window even on a slow machine.
        HttpResponseMessage? rejected = null;
        for (var sent = 0; sent <= 2 * PlatformFixture.RateLimitPermits && rejected is null; sent += 50)
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => flooder.GetAsync($"{CatalogPath}?pageSize=1")));
            rejected = batch.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            foreach (var response in batch.Where(r => r != rejected))
            {
                response.Dispose();
            }
        }

        rejected.ShouldNotBeNull("the flooding client should have been limited");
        rejected.Headers.RetryAfter.ShouldNotBeNull();
        rejected.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        (await bystander.GetAsync($"{CatalogPath}?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        rejected.Dispose();
    }

    [Fact]
    public async Task The_gateway_sends_security_headers_and_no_token_reaches_any_log()
    {
        var token = platform.Token(Roles.HeadquartersAdmin, subject: $"log-check-{Guid.NewGuid():N}");
        using var client = platform.ClientWithToken(token);

        using var response = await client.GetAsync($"{CatalogPath}/NOT-THERE");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        var signature = token.Split('.')[2];
        platform.Gateway.Output.ShouldNotContain(signature);
        platform.Headquarters.Output.ShouldNotContain(signature);
    }

    [Fact]
    public async Task A_body_over_the_gateway_s_limit_is_a_413_problem_and_never_reaches_the_region()
    {
        var client = platform.RegionStaff("europe");
        var name = $"Oversized {Guid.NewGuid():N}";
        var padding = new string('x', 6 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/regions/europe/teams")
        {
            Content = new StringContent($$"""{"name":"{{name}}","country":"DE","notes":"{{padding}}"}""", Encoding.UTF8, "application/json"),
        };
        // As curl does for large bodies: the gateway answers before the body is sent, instead of cutting the upload off.
        request.Headers.ExpectContinue = true;

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        // Without the limit the region would have created the team: it ignores the unknown "notes" and accepts up to 30 MB.
        var (_, teams) = await client.GetJsonAsync($"/api/regions/europe/teams?name={Uri.EscapeDataString(name)}");
        teams.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }
}
