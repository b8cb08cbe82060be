using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using Motorsport.Contracts.Regional;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Messaging;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Results;

/// <summary>
/// Results as race control works with them, through the gateway: timing exports in both published layouts, decisions
/// after the race (a time penalty, a disqualification, a team points deduction, a revocation) with the standings that
/// follow and the events headquarters receives, and the exports a championship manager publishes, parsed back.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class RaceControlTests(PlatformFixture platform) : IAsyncLifetime
{
    private const string Region = "asia-pacific";

    private static readonly object Scoring = new
    {
        pointsBySessionType = new Dictionary<string, decimal[]> { ["Race"] = [10, 6, 4] },
        version = 0,
    };

    private static readonly CarSpec[] Cars =
    [
        new(1, "Pro", "Alpha Racing", _ => "Anna Berg"),
        new(2, "Pro-Am", "Beta Racing", _ => "Ben Cole"),
        new(3, "Am", "Gamma Racing", _ => "Cara Diaz"),
    ];

    private BusObserver bus = null!;

    public async Task InitializeAsync() => bus = await BusObserver.StartAsync("race-control", watch => watch.For<RaceDecisionChanged>());

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task Both_published_layouts_import_listing_entered_cars_the_file_leaves_out()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var race1 = await scenario.CreateSessionAsync(1, "Race 1", 187);
        var classification = Encoding.UTF8.GetBytes(
            "POSITION;NUMBER;TEAM;DRIVER_1;DRIVER_2;DRIVER_3;DRIVER_4;VEHICLE;TYRES;CLASS;GROUP;DIVISION;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH;DRIVER_5;\n" +
            "1;002;Beta Racing;Ben COLE;;;;Porsche 911 GT3 R (992);Michelin;PRO-AM;GT3;Asia;Classified;187;5:44'41.101;-;-;97;1:42.337;185.2;;\n" +
            "2†;1;Alpha Racing;Anna BERG;;;;Porsche 911 GT3 R (992);Michelin;PRO;GT3;Asia;CLASSIFIED;181;5:40'02.000;6 Laps;6 Laps;12;1'58.056;184.0;;\n");

        var (status, imported) = await scenario.UploadAsync(race1, classification, version: 1);

        status.ShouldBe(HttpStatusCode.OK, imported.ToString());
        Rows(imported).ShouldBe([(2, "Classified", 1, 10m), (1, "Classified", 2, 6m)]);
        imported.GetProperty("classification")[1].GetProperty("notRunning").GetBoolean().ShouldBeTrue();
        imported.GetProperty("absentCarNumbers").EnumerateArray().Select(n => n.GetInt32()).ShouldBe([3]);

        var (again, recorded) = await scenario.UploadAsync(race1, classification, version: 2, absentAsNotStarted: true);
        again.ShouldBe(HttpStatusCode.OK, recorded.ToString());
        Rows(recorded).ShouldBe([(2, "Classified", 1, 10m), (1, "Classified", 2, 6m), (3, "DNS", null, 0m)]);
        recorded.GetProperty("absentCarNumbers").GetArrayLength().ShouldBe(0);

        var race2 = await scenario.CreateSessionAsync(1, "Race 2", 14);
        var results = Encoding.UTF8.GetBytes(
            "\uFEFFPOSITION;NUMBER;STATUS;LAPS;TOTAL_TIME;GAP_FIRST;GAP_PREVIOUS;FL_LAPNUM;FL_TIME;FL_KPH;TEAM;CLASS;GROUP;DIVISION;VEHICLE;TIRES;ECM Participant Id;ECM Team Id;*Extra 7;*Extra 8;Sort Key;DRIVER_FIRSTNAME;DRIVER_SECONDNAME;DRIVER_LICENSE;DRIVER_HOMETOWN;DRIVER_COUNTRY;DRIVER_SHORTNAME;\r\n" +
            "1;03;Classified;14;25:30.694;-;-;9;1:40.747;161.2;Gamma Racing;AM;;;Porsche 911 GT3 Cup (992);Michelin;80412;551;;;0001;Cara;DIAZ;L-1;Singapore;SGP;DIA;\r\n" +
            "2;1;Classified;14;25:30.850;+0.156;+0.156;11;1:40.801;161.0;Alpha Racing;PRO;;;Porsche 911 GT3 Cup (992);Michelin;80413;552;;;0002;Anna;BERG;L-2;Singapore;SGP;BER;\r\n" +
            ";2;Retired;9;18:02.100;5 Laps;5 Laps;4;1:41.300;160.1;Beta Racing;PRO-AM;;;Porsche 911 GT3 Cup (992);Michelin;80414;553;;;0003;Ben;COLE;L-3;Singapore;SGP;COL;\r\n");

        var (resultsStatus, fromResults) = await scenario.UploadAsync(race2, results, version: 1);

        resultsStatus.ShouldBe(HttpStatusCode.OK, fromResults.ToString());
        Rows(fromResults).ShouldBe([(3, "Classified", 1, 10m), (1, "Classified", 2, 6m), (2, "DNF", null, 0m)]);
        // Ben Cole and Cara Diaz have a win each: countback cannot part them.
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Anna Berg", 12m), (2, "Ben Cole", 10m), (2, "Cara Diaz", 10m)]);
    }

    [Fact]
    public async Task A_time_penalty_swaps_two_cars_and_the_standings_follow_until_it_is_revoked()
    {
        var (scenario, session) = await RaceAsync();

        var penalised = await DecideAsync(scenario, session, new { kind = "TimePenalty", carNumber = 1, penaltySeconds = 5, reason = "Track limits", version = 2 });

        Rows(penalised).ShouldBe([(2, "Classified", 1, 10m), (1, "Classified", 2, 6m), (3, "Classified", 3, 4m)]);
        penalised.GetProperty("classification")[1].GetProperty("penaltySeconds").GetDecimal().ShouldBe(5m);
        var decision = penalised.GetProperty("decisions").EnumerateArray().ShouldHaveSingleItem();
        decision.GetProperty("decidedBy").GetString().ShouldNotBeNullOrEmpty();
        decision.GetProperty("reason").GetString().ShouldBe("Track limits");
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Ben Cole", 10m), (2, "Anna Berg", 6m), (3, "Cara Diaz", 4m)]);

        var decisionId = decision.GetProperty("id").GetGuid();
        var published = await bus.WaitFor<RaceDecisionChanged>(d => d.DecisionId == decisionId);
        (published.Region, published.State.Kind, published.State.CarNumber, published.State.PenaltySeconds, published.State.SeasonId)
            .ShouldBe((Region, "TimePenalty", 1, 5m, scenario.SeasonId));

        var revoked = await DecideAsync(scenario, session, new { kind = "Revocation", revokesDecisionId = decisionId, reason = "Video shows no gain", version = 3 });

        Rows(revoked).ShouldBe([(1, "Classified", 1, 10m), (2, "Classified", 2, 6m), (3, "Classified", 3, 4m)]);
        revoked.GetProperty("decisions")[0].GetProperty("revoked").GetBoolean().ShouldBeTrue();
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Anna Berg", 10m), (2, "Ben Cole", 6m), (3, "Cara Diaz", 4m)]);
    }

    [Fact]
    public async Task A_disqualified_winner_leaves_the_results_and_a_final_result_takes_it_only_with_a_reason()
    {
        var (scenario, session) = await RaceAsync();
        var final = await scenario.Api.OkAsync(HttpMethod.Post, $"{ResultsScenario.SessionPath(session)}/finalise", new { version = 2 });

        var (refusedStatus, refused) = await scenario.Api.SendAsync(
            HttpMethod.Post, $"{ResultsScenario.SessionPath(session)}/decisions", new { kind = "Disqualification", carNumber = 1, version = RegionalApi.Version(final) });
        refusedStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, refused.ToString());
        refused.GetProperty("rule").GetString().ShouldBe("final-needs-decision-reason");

        var decided = await DecideAsync(scenario, session, new { kind = "Disqualification", carNumber = 1, reason = "Underweight at scrutineering", version = 3 });

        decided.GetProperty("status").GetString().ShouldBe("Final");
        Rows(decided).ShouldBe([(2, "Classified", 1, 10m), (3, "Classified", 2, 6m), (1, "DSQ", null, 0m)]);
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Ben Cole", 10m), (2, "Cara Diaz", 6m), (3, "Anna Berg", 0m)]);
    }

    [Fact]
    public async Task A_team_points_deduction_comes_off_the_team_table_only()
    {
        var (scenario, session) = await RaceAsync();
        var alpha = session.GetProperty("classification").EnumerateArray().First(r => r.GetProperty("carNumber").GetInt32() == 1).GetProperty("teamId").GetGuid();

        await DecideAsync(scenario, session, new { kind = "PointsDeduction", teamId = alpha, points = 5, reason = "Unapproved parts", version = 2 });

        scenario.Table(await scenario.StandingsAsync("Teams")).ShouldBe([(1, "Beta Racing", 6m), (2, "Alpha Racing", 5m), (3, "Gamma Racing", 4m)]);
        (await scenario.StandingsAsync("Teams")).GetProperty("rows")[1].GetProperty("deducted").GetDecimal().ShouldBe(5m);
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Anna Berg", 10m), (2, "Ben Cole", 6m), (3, "Cara Diaz", 4m)]);
    }

    [Fact]
    public async Task Standings_and_the_classification_export_as_csv_and_the_calendar_as_icalendar()
    {
        var (scenario, session) = await RaceAsync();
        await DecideAsync(scenario, session, new { kind = "TimePenalty", carNumber = 1, penaltySeconds = 5, version = 2 });

        var standings = Csv(await TextAsync(scenario, $"series/{scenario.SeriesId}/seasons/{scenario.SeasonId}/standings/all?format=csv", "text/csv"));
        standings.Where(r => r["TABLE"] == "Overall").Select(r => (r["POSITION"], r["COMPETITOR"], r["NATIONALITY"], r["CAR_NUMBERS"], r["POINTS"]))
            .ShouldBe([("1", "Ben Cole", "SG", "2", "10"), ("2", "Anna Berg", "SG", "1", "6"), ("3", "Cara Diaz", "SG", "3", "4")]);
        standings.Select(r => r["TABLE"]).Distinct().ShouldBe(["Overall", "Pro", "Pro-Am", "Am", "Teams"]);
        var anna = standings.First(r => r["COMPETITOR"] == "Anna Berg");
        string Column(string value) => anna.Keys.Single(k => k.StartsWith("R1 Round 1 ", StringComparison.Ordinal) && k.EndsWith($" Race 1 {value}", StringComparison.Ordinal));
        (anna[Column("ROAD_POSITION")], anna[Column("SCORING_POSITION")], anna[Column("POINTS")], anna[Column("DROPPED")]).ShouldBe(("2", "2", "6", ""));

        var classification = Csv(await TextAsync(scenario, ResultsScenario.SessionPath(session), "text/csv"));
        classification.Select(r => (r["POSITION"], r["NUMBER"], scenario.TeamStems[r["TEAM"]], r["STATUS"], r["PENALTY"], r["POINTS"])).ShouldBe(
        [
            ("1", "2", "Beta Racing", "Classified", "", "10"),
            ("2", "1", "Alpha Racing", "Classified", "5", "6"),
            ("3", "3", "Gamma Racing", "Classified", "", "4"),
        ]);

        var calendar = Ical.Net.Calendar.Load(await TextAsync(scenario, $"series/{scenario.SeriesId}/seasons/{scenario.SeasonId}/calendar.ics", "text/calendar"))!;
        var round = calendar.Events.ShouldHaveSingleItem();
        round.Summary!.ShouldStartWith("Round 1 ");
        (round.DtStart!.Date, round.DtEnd!.Date).ShouldBe((new DateOnly(ResultsScenario.PastSeason, 3, 5), new DateOnly(ResultsScenario.PastSeason, 3, 8)));

        var eventId = scenario.EventIds[0];
        var (_, headquarters) = await Eventually.Until(
            async () =>
            {
                using var response = await platform.HeadquartersAnalyst.GetAsync("/api/hq/insights/calendar.ics");
                return (response.StatusCode, Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync()));
            },
            answer => answer.StatusCode == HttpStatusCode.OK && answer.Item2!.Events.Any(e => e.Uid == $"{eventId}@{Region}.motorsport"),
            because: "headquarters' calendar should list the region's event");
        headquarters!.Events.First(e => e.Uid == $"{eventId}@{Region}.motorsport").Summary!.ShouldContain(": Round 1 ");
    }

    /// <summary>One round, Race 1 imported: cars 1, 2, 3 in that order on the same lap, 2 and 7 seconds apart.</summary>
    private async Task<(ResultsScenario Scenario, JsonElement Session)> RaceAsync()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 12);
        var (status, imported) = await scenario.UploadAsync(session, ResultsScenario.Csv(
            ResultsScenario.Line("1", 1, "Classified", "12", "25:00.000", "2:03.100"),
            ResultsScenario.Line("2", 2, "Classified", "12", "25:03.000", "2:03.300"),
            ResultsScenario.Line("3", 3, "Classified", "12", "25:10.000", "2:03.400")), version: 1);
        status.ShouldBe(HttpStatusCode.OK, imported.ToString());
        return (scenario, imported);
    }

    private static Task<JsonElement> DecideAsync(ResultsScenario scenario, JsonElement session, object decision) =>
        scenario.Api.OkAsync(HttpMethod.Post, $"{ResultsScenario.SessionPath(session)}/decisions", decision);

    /// <summary>(car, status, position, points) per line of a session.</summary>
    private static IEnumerable<(int Car, string Status, int? Position, decimal Points)> Rows(JsonElement session) =>
        session.GetProperty("classification").EnumerateArray().Select(r => (
            r.GetProperty("carNumber").GetInt32(),
            r.GetProperty("status").GetString()!,
            r.GetProperty("position").ValueKind == JsonValueKind.Null ? (int?)null : r.GetProperty("position").GetInt32(),
            r.GetProperty("points").GetDecimal()));

    private static async Task<string> TextAsync(ResultsScenario scenario, string relative, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, scenario.Api.Path(relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var response = await scenario.Api.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(accept);
        return text;
    }

    /// <summary>Each line of a semicolon-separated export as column name → value.</summary>
    private static List<Dictionary<string, string>> Csv(string text)
    {
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((name, i) => (name, value: csv.GetField(i) ?? "")).ToDictionary(c => c.name, c => c.value));
        }

        return rows;
    }
}
