using System.Text.Json;
using System.Text.Json.Serialization;
using Motorsport.Contracts.Regional;
using Motorsport.ServiceDefaults.Json;

namespace Motorsport.UnitTests.ServiceDefaults;

public sealed class StoredJsonListTests
{
    private static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web);
    private static readonly JsonSerializerOptions Http = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly IReadOnlyList<StandingsTableState> Tables =
    [
        new("Overall", [new StandingsRowState(1, false, "driver-1", "Léa Dubois", 45.5m, 2, [1, 2],
            [new StandingsResultState(1, Guid.Parse("01a23766-c7b2-78b4-b9ea-b5225f97cd00"), "Race 1", "Classified", [1], 25m, false, "Round 1 \"Spa\"", 1, 1)])]),
        new("Rookie", []),
    ];

    private sealed record Answer(string Season, [property: JsonConverter(typeof(StoredJsonListConverter<StandingsTableState>))] IReadOnlyList<StandingsTableState> Tables);

    [Fact]
    public void A_stored_list_is_answered_as_the_same_JSON_its_items_would_be_written_as()
    {
        var stored = new StoredJsonList<StandingsTableState>(JsonSerializer.Serialize(Tables, Stored), Stored);

        var fromStore = JsonSerializer.Serialize(new Answer("2026", stored), Http);
        var fromItems = JsonSerializer.Serialize(new Answer("2026", Tables), Http);

        fromStore.ShouldBe(fromItems);
        fromStore.ShouldContain("\"classification\":\"Overall\"");
    }

    [Fact]
    public void A_stored_list_read_in_process_has_the_items_it_was_stored_from_and_a_written_answer_reads_back()
    {
        var stored = new StoredJsonList<StandingsTableState>(JsonSerializer.Serialize(Tables, Stored), Stored);

        stored.Count.ShouldBe(2);
        stored[0].Rows.Single().Results.Single().EventName.ShouldBe("Round 1 \"Spa\"");
        var read = JsonSerializer.Deserialize<Answer>(JsonSerializer.Serialize(new Answer("2026", stored), Http), Http)!;
        read.Tables.Select(t => t.Classification).ShouldBe(["Overall", "Rookie"]);
        read.Tables[0].Rows.Single().Points.ShouldBe(45.5m);
    }
}
