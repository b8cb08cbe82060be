using System.Net;
using System.Text.Json;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Results;

/// <summary>
/// Results only for events that have begun, results that keep their event and entry, scoring values in range, session
/// names as the office means them, and refusals of a sensible size; each refusal names its field and stores nothing.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ResultsRulesTests(PlatformFixture platform)
{
    private const string Region = "europe";

    private static readonly object Scoring = new
    {
        pointsBySessionType = new Dictionary<string, decimal[]> { ["Race"] = [10, 6, 4] },
        version = 0,
    };

    private static readonly CarSpec[] Cars =
    [
        new(1, "Pro", "Rules Alpha", _ => "Ria Hart"),
        new(2, "Am", "Rules Beta", _ => "Rob Stone"),
    ];

    private static readonly object[] TwoCars =
    [
        new { carNumber = 1, position = 1, status = "Classified", laps = 10 },
        new { carNumber = 2, position = 2, status = "Classified", laps = 10 },
    ];

    [Fact]
    public async Task An_event_that_has_not_started_takes_no_results_and_cannot_finalise()
    {
        // Next year's season always lies ahead, whatever day the tests run.
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, DateTime.UtcNow.Year + 1);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 10);
        var path = ResultsScenario.SessionPath(session);

        var (jsonStatus, json) = await scenario.Api.SendAsync(HttpMethod.Put, $"{path}/classification", new { rows = TwoCars, version = 1 });
        var (csvStatus, csv) = await scenario.UploadAsync(session, ResultsScenario.Csv(ResultsScenario.Line("1", 1, "Classified", "10", "20:01.000", "1:58.000")), 1);
        var (formStatus, form) = await scenario.UploadFormAsync(session, [ResultsScenario.Csv(ResultsScenario.Line("1", 1, "Classified", "10", "20:01.000", "1:58.000"))], 1);
        var (finaliseStatus, finalise) = await scenario.Api.SendAsync(HttpMethod.Post, $"{path}/finalise", new { version = 1 });

        foreach (var (status, problem) in new[] { (jsonStatus, json), (csvStatus, csv), (formStatus, form), (finaliseStatus, finalise) })
        {
            status.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
            problem.GetProperty("rule").GetString().ShouldBe("event-not-started");
            problem.ErrorsFor("eventId").ShouldHaveSingleItem().ShouldContain($"starts on {DateTime.UtcNow.Year + 1}-03-05 (Europe/Vienna)");
        }

        var stored = await scenario.Api.OkAsync(HttpMethod.Get, path);
        stored.GetProperty("status").GetString().ShouldBe("Pending");
        stored.GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task An_event_or_entry_with_a_final_result_is_neither_cancelled_nor_withdrawn()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var eventId = scenario.EventIds[0];
        var path = ResultsScenario.SessionPath(await scenario.CreateSessionAsync(1, "Race 1", 10));
        await scenario.Api.OkAsync(HttpMethod.Put, $"{path}/classification", new { rows = TwoCars, version = 1 });
        await scenario.Api.OkAsync(HttpMethod.Post, $"{path}/finalise", new { version = 2 });
        var racingEvent = await scenario.Api.OkAsync(HttpMethod.Get, $"events/{eventId}");
        var entry = (await scenario.Api.OkAsync(HttpMethod.Get, $"entries?eventId={eventId}")).GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("carNumber").GetInt32() == 1);

        var (cancelStatus, cancel) = await scenario.Api.SendAsync(HttpMethod.Post, $"events/{eventId}/cancel", new { version = RegionalApi.Version(racingEvent) });
        var (withdrawStatus, withdraw) = await scenario.Api.SendAsync(
            HttpMethod.Post, $"entries/{RegionalApi.Id(entry)}/withdraw", new { reason = "Engine", version = RegionalApi.Version(entry) });

        cancelStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, cancel.ToString());
        cancel.GetProperty("rule").GetString().ShouldBe("event-has-results");
        cancel.ErrorsFor("status").ShouldHaveSingleItem().ShouldContain("final results");
        withdrawStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, withdraw.ToString());
        withdraw.GetProperty("rule").GetString().ShouldBe("entry-has-results");
        withdraw.ErrorsFor("id").ShouldHaveSingleItem().ShouldContain("Car 1 has a final result");

        var storedEvent = await scenario.Api.OkAsync(HttpMethod.Get, $"events/{eventId}");
        storedEvent.GetProperty("status").GetString().ShouldBe("Scheduled");
        storedEvent.GetProperty("version").GetInt64().ShouldBe(RegionalApi.Version(racingEvent));
        var storedEntry = await scenario.Api.OkAsync(HttpMethod.Get, $"entries/{RegionalApi.Id(entry)}");
        storedEntry.GetProperty("status").GetString().ShouldBe("Entered");
        storedEntry.GetProperty("version").GetInt64().ShouldBe(RegionalApi.Version(entry));
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Ria Hart", 10m), (2, "Rob Stone", 6m)]);
    }

    [Fact]
    public async Task Out_of_range_rounds_and_bonuses_are_a_400_naming_the_field_with_the_rule()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var scoringPath = $"series/{scenario.SeriesId}/scoring";
        var cases = new (string Json, string Field, string Rule)[]
        {
            ("\"nonDroppableRounds\":[2147483647]", "nonDroppableRounds", "round 2147483647 is not a round number; rounds must be between 1 and 200"),
            ("\"nonDroppableRounds\":[0]", "nonDroppableRounds", "round 0 is not a round number; rounds must be between 1 and 200"),
            ("\"nonDroppableRounds\":[3,3]", "nonDroppableRounds", "names round 3 more than once"),
            ("\"poleBonus\":79228162514264337593543950335", "poleBonus", "must be between 0 and 100"),
            ("\"fastestLapBonus\":-79228162514264337593543950335", "fastestLapBonus", "must be between 0 and 100"),
            ("\"poleBonus\":100.5", "poleBonus", "must be between 0 and 100"),
        };

        foreach (var (json, field, rule) in cases)
        {
            var (status, problem) = await scenario.Api.SendAsync(
                HttpMethod.Put, scoringPath, Json($$"""{"pointsBySessionType":{"Race":[25]},{{json}},"version":1}"""));

            status.ShouldBe(HttpStatusCode.BadRequest, $"{json}: {problem}");
            problem.ErrorsFor(field).ShouldBe([rule], $"{json}: {problem}");
        }

        var stored = await scenario.Api.OkAsync(HttpMethod.Get, scoringPath);
        stored.GetProperty("version").GetInt64().ShouldBe(1);
        stored.GetProperty("nonDroppableRounds").GetArrayLength().ShouldBe(0);
        await scenario.Api.OkAsync(HttpMethod.Put, scoringPath, Json("""{"pointsBySessionType":{"Race":[25]},"poleBonus":1.5,"nonDroppableRounds":[200,1],"version":1}"""));
    }

    [Fact]
    public async Task A_refused_classification_lists_at_most_100_problems_and_says_how_many_there_were()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 10);
        var path = ResultsScenario.SessionPath(session);
        var unknownCars = Enumerable.Range(100, 150).ToList();

        var (csvStatus, csv) = await scenario.UploadAsync(
            session, ResultsScenario.Csv([.. unknownCars.Select((car, i) => ResultsScenario.Line($"{i + 1}", car, "Classified", "10", "20:01.000", "1:58.000"))]), 1, pole: 999);
        var (jsonStatus, json) = await scenario.Api.SendAsync(HttpMethod.Put, $"{path}/classification", new
        {
            rows = unknownCars.Select((car, i) => new { carNumber = car, position = i + 1, status = "Classified", laps = 10, pole = i < 2 }).ToArray(),
            version = 1,
        });

        csvStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, csv.ToString());
        csv.GetProperty("detail").GetString().ShouldBe("The classification was refused (151 problems, the first 100 listed); nothing was stored.");
        csv.GetProperty("errors").EnumerateObject().Sum(e => e.Value.GetArrayLength()).ShouldBe(100);
        csv.ErrorsFor("pole").ShouldBe(["Car number 999 is not entered in this event."]);
        csv.GetProperty("lines").GetArrayLength().ShouldBe(100);
        jsonStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, json.ToString());
        json.GetProperty("detail").GetString().ShouldBe("The classification was refused (151 problems, the first 100 listed); nothing was stored.");
        json.GetProperty("errors").EnumerateObject().Sum(e => e.Value.GetArrayLength()).ShouldBe(100);
        json.ErrorsFor("rows").ShouldBe(["Only one car has the pole."]);
        (await scenario.Api.OkAsync(HttpMethod.Get, path)).GetProperty("status").GetString().ShouldBe("Pending");
    }

    [Fact]
    public async Task Session_names_are_stored_trimmed_so_padding_does_not_make_a_second_session()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var eventId = scenario.EventIds[0];
        (await scenario.CreateSessionAsync(1, "  Race 1 ", 10)).GetProperty("name").GetString().ShouldBe("Race 1");

        var (status, problem) = await scenario.Api.SendAsync(HttpMethod.Post, $"events/{eventId}/sessions", new { name = " Race 1  ", sessionType = "Race", scheduledLaps = 10 });

        status.ShouldBe(HttpStatusCode.Conflict, problem.ToString());
        problem.ErrorsFor("name").ShouldHaveSingleItem().ShouldEndWith("already has a session 'Race 1'.");
        (await scenario.Api.OkAsync(HttpMethod.Get, $"events/{eventId}/sessions")).EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(["Race 1"]);
    }

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
