using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Results;

/// <summary>
/// Scoring settings and classifications a client got wrong: each is refused naming the field as the client wrote it,
/// never a 500, and nothing is stored.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ResultsBadInputTests(PlatformFixture platform)
{
    private const string Region = "europe";

    private static readonly object Scoring = new
    {
        pointsBySessionType = new Dictionary<string, decimal[]> { ["Race"] = [10, 6, 4] },
        version = 0,
    };

    private static readonly CarSpec[] Cars =
    [
        new(1, "Pro", "Bad Input Alpha", _ => "Ada Lane"),
        new(2, "Am", "Bad Input Beta", _ => "Bo Marsh"),
    ];

    /// <summary>(pointsBySessionType, classPoints, field, rule) of settings that are malformed.</summary>
    private static readonly (string Points, string? ClassPoints, string Field, string Rule)[] MalformedScoring =
    [
        ("""{"Race":null}""", null, "pointsBySessionType.Race", "must be the points of position 1, 2, 3…, not null"),
        ("""{"Race":[25]}""", """{"Pro":null}""", "classPoints.Pro", "must be the class's points tables by session type, not null"),
        ("""{"Race":[25]}""", """{"Pro":{"Race":null}}""", "classPoints.Pro.Race", "must be the points of position 1, 2, 3…, not null"),
        ("""{"Race":[25],"race":[10]}""", null, "pointsBySessionType", "names the session type 'Race' more than once; session types ignore case"),
        ("""{"":[25,20]}""", null, "pointsBySessionType", "has a blank session type; a session type is 1 to 40 characters"),
        ("""{"  ":[25,20]}""", null, "pointsBySessionType", "has a blank session type; a session type is 1 to 40 characters"),
        ($$"""{"{{new string('R', 10_000)}}":[25]}""", null, "pointsBySessionType", "has a session type of 10000 characters; at most 40"),
        ("""{"Race":[]}""", null, "pointsBySessionType.Race", "must give the points of position 1 at least"),
        ($$"""{"Race":[{{string.Join(',', Enumerable.Repeat(1, 5_000))}}]}""", null, "pointsBySessionType.Race", "lists 5000 positions; at most 100"),
        ("""{"Race":[79228162514264337593543950335,79228162514264337593543950335]}""", null, "pointsBySessionType.Race", "points must be between 0 and 1000"),
        ("""{"Race":[10,-1]}""", null, "pointsBySessionType.Race", "points must be between 0 and 1000"),
    ];

    [Fact]
    public async Task Malformed_points_tables_are_a_400_naming_the_table_and_change_nothing()
    {
        // The series has results, so new settings would be scored at once: huge points used to overflow there.
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 10);
        await scenario.Api.OkAsync(HttpMethod.Put, $"{ResultsScenario.SessionPath(session)}/classification", new
        {
            rows = new object[] { new { carNumber = 1, position = 1, status = "Classified", laps = 10, pole = true } },
            version = 1,
        });
        var scoringPath = $"series/{scenario.SeriesId}/scoring";

        foreach (var (points, classPoints, field, rule) in MalformedScoring)
        {
            var body = Json($$"""{"pointsBySessionType":{{points}},"classPoints":{{classPoints ?? "null"}},"poleBonus":1,"version":1}""");

            var (status, problem) = await scenario.Api.SendAsync(HttpMethod.Put, scoringPath, body);

            status.ShouldBe(HttpStatusCode.BadRequest, $"{points} {classPoints}: {problem}");
            problem.ErrorsFor(field).ShouldBe([rule], $"{points} {classPoints}: {problem}");
        }

        var stored = await scenario.Api.OkAsync(HttpMethod.Get, scoringPath);
        stored.GetProperty("version").GetInt64().ShouldBe(1);
        stored.GetProperty("pointsBySessionType").GetProperty("Race").EnumerateArray().Select(p => p.GetDecimal()).ShouldBe([10m, 6m, 4m]);
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Ada Lane", 10m)]);
    }

    [Fact]
    public async Task A_class_table_for_a_session_type_the_series_does_not_score_is_refused_naming_it()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var scoringPath = $"series/{scenario.SeriesId}/scoring";

        var (status, problem) = await scenario.Api.SendAsync(HttpMethod.Put, scoringPath, Json(
            """{"pointsBySessionType":{"Race":[25]},"classPoints":{"Pro":{"Qualifying":[5]}},"version":1}"""));

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.GetProperty("rule").GetString().ShouldBe("invalid-scoring-settings");
        problem.ErrorsFor("classPoints.Pro.Qualifying")
            .ShouldBe(["pointsBySessionType has no 'Qualifying' table; a class table is for a session type the series scores, one of Race."]);
        (await scenario.Api.OkAsync(HttpMethod.Get, scoringPath)).GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task A_classification_with_a_null_row_is_a_400_naming_rows_and_stores_nothing()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var path = ResultsScenario.SessionPath(await scenario.CreateSessionAsync(1, "Race 1", 10));

        foreach (var rows in new[] { "[null]", """[{"carNumber":1,"position":1,"status":"Classified","laps":10},null]""" })
        {
            var (status, problem) = await scenario.Api.SendAsync(HttpMethod.Put, $"{path}/classification", Json($$"""{"rows":{{rows}},"version":1}"""));

            status.ShouldBe(HttpStatusCode.BadRequest, problem.ToString());
            problem.ErrorsFor("rows").ShouldBe(["Rows must not contain null items"]);
        }

        var session = await scenario.Api.OkAsync(HttpMethod.Get, path);
        session.GetProperty("status").GetString().ShouldBe("Pending");
        session.GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task A_correction_reason_must_say_something_and_only_comes_with_a_final_result()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var path = ResultsScenario.SessionPath(await scenario.CreateSessionAsync(1, "Race 1", 10));
        object Classification(string? correctionReason, long version) => new
        {
            rows = new object[]
            {
                new { carNumber = 1, position = 1, status = "Classified", laps = 10 },
                new { carNumber = 2, position = 2, status = "Classified", laps = 10 },
            },
            correctionReason,
            version,
        };

        var (provisionalStatus, provisional) = await scenario.Api.SendAsync(HttpMethod.Put, $"{path}/classification", Classification("Penalty", 1));
        provisionalStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, provisional.ToString());
        provisional.GetProperty("rule").GetString().ShouldBe("correction-reason-needs-final");
        provisional.ErrorsFor("correctionReason").ShouldHaveSingleItem().ShouldContain("not final");
        (await scenario.Api.OkAsync(HttpMethod.Get, path)).GetProperty("status").GetString().ShouldBe("Pending");

        await scenario.Api.OkAsync(HttpMethod.Put, $"{path}/classification", Classification(null, 1));
        await scenario.Api.OkAsync(HttpMethod.Post, $"{path}/finalise", new { version = 2 });

        var (blankStatus, blank) = await scenario.Api.SendAsync(HttpMethod.Put, $"{path}/classification", Classification("   ", 3));
        blankStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, blank.ToString());
        blank.GetProperty("rule").GetString().ShouldBe("final-needs-correction-reason");
        (await scenario.Api.OkAsync(HttpMethod.Get, path)).GetProperty("version").GetInt64().ShouldBe(3);

        var corrected = await scenario.Api.OkAsync(HttpMethod.Put, $"{path}/classification", Classification("  Car 2: track limits  ", 3));
        corrected.GetProperty("correctionReason").GetString().ShouldBe("Car 2: track limits");
    }

    [Fact]
    public async Task A_pole_or_guest_car_that_is_not_entered_is_named_by_its_query_parameter()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 10);
        var csv = ResultsScenario.Csv(
            ResultsScenario.Line("1", 1, "Classified", "10", "20:01.100", "1:59.900"),
            ResultsScenario.Line("2", 2, "Classified", "10", "20:03.200", "1:59.300"));

        var (status, problem) = await scenario.UploadAsync(session, csv, version: 1, pole: 42, guests: [2, 43, 44]);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.GetProperty("rule").GetString().ShouldBe("classification-rejected");
        problem.ErrorsFor("pole").ShouldBe(["Car number 42 is not entered in this event."]);
        problem.ErrorsFor("guest").ShouldBe(["Car numbers 43, 44 are not entered in this event."]);
        problem.GetProperty("detail").GetString().ShouldBe("The classification was refused (2 problems); nothing was stored.");
        (await scenario.Api.OkAsync(HttpMethod.Get, ResultsScenario.SessionPath(session))).GetProperty("status").GetString().ShouldBe("Pending");
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
