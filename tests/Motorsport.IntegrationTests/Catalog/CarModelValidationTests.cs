using System.Net;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;

namespace Motorsport.IntegrationTests.Catalog;

[Collection(PlatformCollection.Name)]
public sealed class CarModelValidationTests(PlatformFixture platform)
{
    private const string CatalogPath = "/api/hq/catalog/car-models";

    [Fact]
    public async Task A_missing_name_is_a_400_naming_the_field_and_publishes_nothing()
    {
        var code = CarModelRequests.UniqueCode("NO-NAME");

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, new
        {
            code, category = "GT3", generation = "992", modelYear = 2023, engine = "4.2", powerKw = 416,
        });

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.ErrorsFor("name").ShouldNotBeEmpty();
        (await OutboxMessagesMentioning(code)).ShouldBe(0);
        (await platform.HeadquartersAdmin.GetJsonAsync($"{CatalogPath}/{code}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_category_is_a_400_listing_the_allowed_ones()
    {
        var code = CarModelRequests.UniqueCode("BAD-CAT");

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, new
        {
            code, name = "Mystery", category = "F1", generation = "1", modelYear = 2023, engine = "V6", powerKw = 700,
        });

        status.ShouldBe(HttpStatusCode.BadRequest);
        problem.ErrorsFor("category").ShouldHaveSingleItem().ShouldContain("GT3");
        (await OutboxMessagesMentioning(code)).ShouldBe(0);
    }

    [Fact]
    public async Task A_duplicate_model_code_is_a_409_naming_the_code_and_publishes_nothing_more()
    {
        var code = CarModelRequests.UniqueCode("DUP");
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code))).Status.ShouldBe(HttpStatusCode.Created);

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code, "Another name"));

        status.ShouldBe(HttpStatusCode.Conflict);
        problem.ErrorsFor("code").ShouldNotBeEmpty();
        (await OutboxMessagesMentioning(code)).ShouldBe(1);
    }

    [Fact]
    public async Task A_stale_version_is_a_409_naming_the_version_and_changes_nothing()
    {
        var code = CarModelRequests.UniqueCode("STALE");
        await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code));
        var update = new { name = "First writer", category = "GT3", generation = "992", modelYear = 2023, engine = "4.2", powerKw = 416, version = 1 };
        (await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Put, $"{CatalogPath}/{code}", update)).Status.ShouldBe(HttpStatusCode.OK);

        var (status, problem) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Put, $"{CatalogPath}/{code}", update with { name = "Second writer" });

        status.ShouldBe(HttpStatusCode.Conflict);
        problem.ErrorsFor("version").ShouldNotBeEmpty();
        var (_, current) = await platform.HeadquartersAdmin.GetJsonAsync($"{CatalogPath}/{code}");
        current.GetProperty("name").GetString().ShouldBe("First writer");
        (await OutboxMessagesMentioning(code)).ShouldBe(2);
    }

    [Fact]
    public async Task Unreadable_json_is_a_400_naming_the_field()
    {
        using var content = new StringContent("""{"code":"X-1","modelYear":"next year"}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await platform.HeadquartersAdmin.PostAsync(CatalogPath, content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("modelYear");
    }

    private async Task<long> OutboxMessagesMentioning(string code)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(platform.HeadquartersDatabase));
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE payload LIKE @pattern", connection);
        count.Parameters.AddWithValue("pattern", $"%\"{code}\"%");
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
