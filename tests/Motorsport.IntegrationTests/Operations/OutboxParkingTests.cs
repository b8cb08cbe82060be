using System.Net;
using System.Text.Json;
using Motorsport.Contracts.Catalog;
using Motorsport.IntegrationTests.Catalog;
using Motorsport.IntegrationTests.Infrastructure;
using Npgsql;

namespace Motorsport.IntegrationTests.Operations;

/// <summary>
/// One outbox row that cannot be published must not hold back every change after it: it is parked for ops, the rest
/// reaches the regions, and ops can send it again.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OutboxParkingTests(PlatformFixture platform)
{
    private const string CatalogPath = "/api/hq/catalog/car-models";
    private const string ParkedPath = "/api/hq/ops/outbox/parked";

    [Theory]
    [InlineData("Motorsport.Contracts.Catalog.CarModelRemoved, Motorsport.Contracts", "{}")]
    [InlineData("Motorsport.Contracts.Catalog.CarModelChanged, Motorsport.Contracts", "{\"carModelId\": broken")]
    public async Task An_unpublishable_row_is_parked_and_later_changes_still_reach_every_region(string messageType, string payload)
    {
        // Older than anything else in the outbox: it is at the head of every batch.
        var badRow = Guid.NewGuid();
        await InsertOutboxRowAsync(badRow, messageType, payload, DateTime.UtcNow.AddHours(-1), parked: false);

        var code = CarModelRequests.UniqueCode("992-GT3-PARK");
        var (status, _) = await platform.HeadquartersAdmin.SendJsonAsync(HttpMethod.Post, CatalogPath, CarModelRequests.Gt3R(code));
        status.ShouldBe(HttpStatusCode.Created);

        foreach (var region in PlatformFixture.Regions)
        {
            await Eventually.Until(
                () => platform.RegionStaff(region).GetJsonAsync($"/api/regions/{region}/catalog/car-models/{code}"),
                result => result.Status == HttpStatusCode.OK,
                because: $"{region} should get {code} although an unpublishable row is ahead of it");
        }

        var parked = await Eventually.Until(
            () => ParkedRowAsync(badRow),
            row => row is not null,
            because: "the unpublishable row should be parked after its attempts");
        parked!.Value.GetProperty("messageType").GetString().ShouldBe(messageType);
        parked.Value.GetProperty("attempts").GetInt32().ShouldBe(5);
        parked.Value.GetProperty("lastError").GetString().ShouldNotBeNullOrWhiteSpace();
        (await CountOutboxRowAsync(badRow)).ShouldBe(1, "a parked row is kept");
    }

    [Fact]
    public async Task A_parked_row_requeued_by_ops_is_published()
    {
        var code = CarModelRequests.UniqueCode("718-PARKED");
        var message = new CarModelChanged(Guid.NewGuid(), 1, new CarModelState(code, "Parked GT4", "GT4", "982", 2023, "4.0 l flat-six", 368, null, "Active"), DateTime.UtcNow);
        var rowId = Guid.NewGuid();
        await InsertOutboxRowAsync(
            rowId, "Motorsport.Contracts.Catalog.CarModelChanged, Motorsport.Contracts", JsonSerializer.Serialize(message, JsonSerializerOptions.Web), DateTime.UtcNow, parked: true);
        (await ParkedRowAsync(rowId)).ShouldNotBeNull();

        using var requeue = await platform.Operations.PostAsync($"{ParkedPath}/{rowId}/requeue", content: null);

        requeue.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        foreach (var region in PlatformFixture.Regions)
        {
            await Eventually.Until(
                () => platform.RegionStaff(region).GetJsonAsync($"/api/regions/{region}/catalog/car-models/{code}"),
                result => result.Status == HttpStatusCode.OK,
                because: $"{region} should get the re-queued message");
        }

        (await ParkedRowAsync(rowId)).ShouldBeNull();
    }

    [Fact]
    public async Task Requeueing_a_row_that_is_not_parked_is_a_404_problem()
    {
        var (status, problem) = await platform.Operations.SendJsonAsync(HttpMethod.Post, $"{ParkedPath}/{Guid.NewGuid()}/requeue");

        status.ShouldBe(HttpStatusCode.NotFound);
        problem.ErrorsFor("messageId").ShouldBe(["is not a parked outbox message"]);
    }

    [Fact]
    public async Task Only_ops_see_parked_rows()
    {
        var (status, _) = await platform.HeadquartersAdmin.GetJsonAsync(ParkedPath);

        status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<JsonElement?> ParkedRowAsync(Guid messageId)
    {
        var (status, body) = await platform.Operations.GetJsonAsync(ParkedPath);
        status.ShouldBe(HttpStatusCode.OK);
        return body.GetProperty("items").EnumerateArray()
            .Where(row => row.GetProperty("messageId").GetGuid() == messageId)
            .Select(row => (JsonElement?)row)
            .FirstOrDefault();
    }

    private async Task InsertOutboxRowAsync(Guid messageId, string messageType, string payload, DateTime createdAtUtc, bool parked)
    {
        // Unpooled: a test elsewhere drops and recreates headquarters' database, which ends every pooled connection to it.
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(platform.HeadquartersDatabase) + ";Pooling=false");
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO outbox_messages (message_id, message_type, payload, created_at_utc, attempts, parked_at_utc)
            VALUES (@id, @type, @payload, @created, @attempts, @parked)
            """, connection);
        insert.Parameters.AddWithValue("id", messageId);
        insert.Parameters.AddWithValue("type", messageType);
        insert.Parameters.AddWithValue("payload", payload);
        insert.Parameters.AddWithValue("created", createdAtUtc);
        insert.Parameters.AddWithValue("attempts", parked ? 5 : 0);
        insert.Parameters.AddWithValue("parked", parked ? DateTime.UtcNow : DBNull.Value);
        await insert.ExecuteNonQueryAsync();
    }

    private async Task<long> CountOutboxRowAsync(Guid messageId)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresDatabase(platform.HeadquartersDatabase) + ";Pooling=false");
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE message_id = @id", connection);
        count.Parameters.AddWithValue("id", messageId);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
