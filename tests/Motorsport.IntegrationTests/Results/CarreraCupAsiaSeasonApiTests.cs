using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Results;

/// <summary>
/// The fictional Carrera Cup Asia season of the unit tests (CarreraCupAsiaSeasonTests), this time through the gateway:
/// teams with licences, cars, drivers and entries per event, twelve timing exports uploaded as CSV, then standings read
/// back. The expected tables are the hand-computed ones of the unit test: the same exports, entries and settings give
/// the same season — a guest (#99, rounds 3 and 5) whose points pass down, half points in round 3 race 2, best 10 of 12
/// with round 6 not droppable, six starts to be classified, and a title decided on countback.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CarreraCupAsiaSeasonApiTests(PlatformFixture platform)
{
    private const string Region = "asia-pacific";

    private static readonly object Scoring = new
    {
        pointsBySessionType = new Dictionary<string, decimal[]> { ["Race"] = [25, 20, 17, 14, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1] },
        poleBonus = 1,
        fastestLapBonus = 1,
        halfPointsBelowHalfDistance = true,
        drops = new { bestCount = 10, unit = "Session" },
        nonDroppableRounds = new[] { 6 },
        minimumStarts = 6,
        version = 0,
    };

    private static readonly CarSpec[] Cars =
    [
        new(1, "Pro", "Harbour Racing", _ => "Aiden Tan"),
        new(7, "Pro-Am", "Harbour Racing", _ => "Marcus Lee"),
        new(18, "Am", "Harbour Racing", _ => "Kenji Watanabe"),
        new(3, "Pro", "Lion City Motorsport", _ => "Lucas Ng"),
        new(11, "Pro-Am", "Lion City Motorsport", _ => "Rahul Mehta"),
        new(8, "Pro", "Jade Dragon Racing", _ => "Oliver Chen"),
        new(22, "Am", "Jade Dragon Racing", _ => "David Wong"),
        new(12, "Pro", "Monsoon Motorsport", _ => "Sam Walker"),
        new(27, "Pro-Am", "Monsoon Motorsport", _ => "Ethan Lim"),
        new(88, "Am", "Everest Racing", round => round <= 2 ? "Budi Santoso" : "Chris Ho"),
        new(99, "Pro", "Vogel Motorsport", _ => "Max Vogel", Rounds: [3, 5]),
    ];

    private sealed record RaceFile(int Round, int Race, string File, int ScheduledLaps, int PoleCar);

    private static readonly RaceFile[] Races =
    [
        new(1, 1, "Round1_Race1_Sepang.csv", 14, 1),
        new(1, 2, "Round1_Race2_Sepang.csv", 14, 3),
        new(2, 1, "Round2_Race1_Buriram.csv", 18, 8),
        new(2, 2, "Round2_Race2_Buriram.csv", 18, 1),
        new(3, 1, "Round3_Race1_Shanghai.csv", 14, 3),
        new(3, 2, "Round3_Race2_Shanghai.csv", 14, 1),
        new(4, 1, "Round4_Race1_Suzuka.csv", 13, 1),
        new(4, 2, "Round4_Race2_Suzuka.csv", 13, 12),
        new(5, 1, "Round5_Race1_Fuji.csv", 17, 3),
        new(5, 2, "Round5_Race2_Fuji.csv", 17, 8),
        new(6, 1, "Round6_Race1_Sepang.csv", 14, 3),
        new(6, 2, "Round6_Race2_Sepang.csv", 14, 1),
    ];

    [Fact]
    public async Task Twelve_uploaded_exports_give_the_hand_computed_standings()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 6, Cars, Scoring, ResultsScenario.PastSeason);
        foreach (var race in Races)
        {
            var session = await scenario.CreateSessionAsync(race.Round, $"Race {race.Race}", race.ScheduledLaps);
            var csv = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Results", "Fixtures", race.File));
            var guests = race.Round is 3 or 5 ? new[] { 99 } : [];
            var (status, body) = await scenario.UploadAsync(session, csv, version: 1, pole: race.PoleCar, guests: guests);
            status.ShouldBe(HttpStatusCode.OK, $"{race.File}: {body}");
            body.GetProperty("status").GetString().ShouldBe("Provisional");
        }

        var overall = await scenario.StandingsAsync();
        overall.GetProperty("provisional").GetBoolean().ShouldBeTrue();
        scenario.Table(overall).ShouldBe(
        [
            (1, "Lucas Ng", 225m),
            (2, "Aiden Tan", 225m),
            (3, "Oliver Chen", 196m),
            (4, "Sam Walker", 148m),
            (5, "Marcus Lee", 118m),
            (6, "Rahul Mehta", 109m),
            (7, "Ethan Lim", 99m),
            (8, "David Wong", 78m),
            (9, "Kenji Watanabe", 71m),
            (10, "Chris Ho", 52.5m),
            (null, "Budi Santoso", 27m),
        ]);
        var rows = overall.GetProperty("rows").EnumerateArray().ToList();
        Positions(rows[0]).ShouldBe([1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
        Positions(rows[1]).ShouldBe([1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3]);
        ResultsScenario.Dropped(rows[0]).ShouldBe([(3, "Race 2", 13.5m), (4, "Race 2", 0m)]);
        ResultsScenario.Dropped(rows[1]).ShouldBe([(3, "Race 2", 11m), (5, "Race 1", 17m)]);
        rows[10].GetProperty("starts").GetInt32().ShouldBe(4);

        scenario.Table(await scenario.StandingsAsync("Pro")).ShouldBe(
            [(1, "Lucas Ng", 219m), (2, "Aiden Tan", 217m), (3, "Oliver Chen", 192m), (4, "Sam Walker", 149m)]);
        scenario.Table(await scenario.StandingsAsync("Pro-Am")).ShouldBe(
            [(1, "Marcus Lee", 230m), (2, "Rahul Mehta", 211m), (3, "Ethan Lim", 190m)]);
        var am = await scenario.StandingsAsync("Am");
        scenario.Table(am).ShouldBe(
            [(1, "David Wong", 230m), (2, "Kenji Watanabe", 203m), (3, "Chris Ho", 149m), (null, "Budi Santoso", 76m)]);
        ResultsScenario.Dropped(am.GetProperty("rows")[1]).ShouldBe([(1, "Race 2", 0m), (3, "Race 2", 12.5m)]);

        var teams = await scenario.StandingsAsync("Teams");
        scenario.Table(teams).ShouldBe(
        [
            (1, "Harbour Racing", 342m),
            (2, "Lion City Motorsport", 331m),
            (3, "Jade Dragon Racing", 268m),
            (4, "Monsoon Motorsport", 246m),
            (5, "Everest Racing", 70m),
        ]);
        teams.GetProperty("rows")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("points").GetDecimal())
            .ShouldBe([38m, 30m, 35m, 38m, 32m, 16m, 37m, 39m, 29m, 27m, 32m, 32m]);
        ResultsScenario.Dropped(teams.GetProperty("rows")[0]).ShouldBe([(3, "Race 2", 16m), (5, "Race 2", 27m)]);
    }

    private static IEnumerable<int> Positions(JsonElement row) =>
        row.GetProperty("finishingPositions").EnumerateArray().Select(p => p.GetInt32());
}
