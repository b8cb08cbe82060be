using System.Net;
using System.Text.Json;
using Motorsport.Contracts.Regional;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.IntegrationTests.Messaging;
using Motorsport.IntegrationTests.Regional;

namespace Motorsport.IntegrationTests.Results;

/// <summary>
/// Importing one race of three cars: a bad file is refused whole with its lines listed, a good one is provisional until
/// finalised, a final result changes only as a correction with a reason, and every change recomputes the standings and
/// reaches the bus as <see cref="SessionResultsChanged"/> and <see cref="StandingsChanged"/>.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ClassificationImportTests(PlatformFixture platform) : IAsyncLifetime
{
    private const string Region = "asia-pacific";

    private static readonly object Scoring = new
    {
        pointsBySessionType = new Dictionary<string, decimal[]> { ["Race"] = [10, 6, 4] },
        fastestLapBonus = 1,
        version = 0,
    };

    private static readonly CarSpec[] Cars =
    [
        new(1, "Pro", "Alpha Racing", _ => "Anna Berg"),
        new(2, "Pro-Am", "Beta Racing", _ => "Ben Cole"),
        new(3, "Am", "Gamma Racing", _ => "Cara Diaz"),
    ];

    private BusObserver bus = null!;

    public async Task InitializeAsync() => bus = await BusObserver.StartAsync("results", watch => watch.For<SessionResultsChanged>().For<StandingsChanged>());

    public async Task DisposeAsync() => await bus.DisposeAsync();

    [Fact]
    public async Task An_upload_with_an_unknown_car_a_duplicate_position_and_a_bad_time_is_refused_with_its_lines_and_stores_nothing()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 12);
        var csv = ResultsScenario.Csv(
            ResultsScenario.Line("1", 1, "Classified", "12", "25:01.100", "2:03.100"),
            ResultsScenario.Line("2", 42, "Classified", "12", "25:03.200", "2:03.300"),
            ResultsScenario.Line("2", 2, "Classified", "12", "25:04.300", "2:03.400"),
            ResultsScenario.Line("3", 3, "Classified", "12", "25:6x.000", "2:03.500"));

        var (status, problem) = await scenario.UploadAsync(session, csv, version: 1);

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.GetProperty("rule").GetString().ShouldBe("classification-rejected");
        problem.ErrorsFor("line 3").ShouldBe(["Car number 42 is not entered in this event."]);
        problem.ErrorsFor("line 4").ShouldBe(["Position 2 is already on line 3."]);
        problem.ErrorsFor("line 5").ShouldHaveSingleItem().ShouldContain("TOTAL_TIME '25:6x.000'");
        problem.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("line").GetInt32()).ShouldBe([3, 4, 5]);

        var stored = await scenario.Api.OkAsync(HttpMethod.Get, ResultsScenario.SessionPath(session));
        stored.GetProperty("status").GetString().ShouldBe("Pending");
        stored.GetProperty("classification").GetArrayLength().ShouldBe(0);
        stored.GetProperty("version").GetInt64().ShouldBe(1);
        (await scenario.StandingsAsync()).GetProperty("rows").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_timing_export_sent_as_a_form_file_is_imported_and_a_form_without_exactly_one_file_is_refused()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 12);
        var csv = ResultsScenario.Csv(
            ResultsScenario.Line("1", 3, "Classified", "12", "25:01.100", "2:03.100"),
            ResultsScenario.Line("2", 1, "Classified", "12", "25:03.200", "2:03.300"),
            ResultsScenario.Line("3", 2, "Classified", "11", "25:04.300", "2:03.400"));

        foreach (var files in new[] { Array.Empty<byte[]>(), [csv, csv] })
        {
            var (refusedStatus, refused) = await scenario.UploadFormAsync(session, files, version: 1);
            refusedStatus.ShouldBe(HttpStatusCode.UnprocessableEntity, refused.ToString());
            refused.ErrorsFor("file").ShouldBe(["Send exactly one classification file."]);
        }

        var (status, imported) = await scenario.UploadFormAsync(session, [csv], version: 1);

        status.ShouldBe(HttpStatusCode.OK, imported.ToString());
        imported.GetProperty("version").GetInt64().ShouldBe(2);
        imported.GetProperty("classification").EnumerateArray()
            .Select(r => (r.GetProperty("carNumber").GetInt32(), r.GetProperty("points").GetDecimal()))
            .ShouldBe([(3, 11m), (1, 6m), (2, 4m)]);
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Cara Diaz", 11m), (2, "Anna Berg", 6m), (3, "Ben Cole", 4m)]);
    }

    [Fact]
    public async Task A_correction_of_a_final_result_recomputes_the_standings_and_publishes_them()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);
        var session = await scenario.CreateSessionAsync(1, "Race 1", 12);
        var sessionId = RegionalApi.Id(session);
        var path = ResultsScenario.SessionPath(session);
        var csv = ResultsScenario.Csv(
            ResultsScenario.Line("1", 1, "Classified", "12", "25:01.100", "2:03.900"),
            ResultsScenario.Line("2", 2, "Classified", "12", "25:03.200", "2:03.300"),
            ResultsScenario.Line("3", 3, "Classified", "12", "25:04.300", "2:03.500"));

        var (status, imported) = await scenario.UploadAsync(session, csv, version: 1);
        status.ShouldBe(HttpStatusCode.OK, imported.ToString());
        imported.GetProperty("classification").EnumerateArray().Select(r => r.GetProperty("points").GetDecimal()).ShouldBe([10m, 7m, 4m]);
        // Ben Cole's 6 for second place plus 1 for the fastest lap.
        scenario.Table(await scenario.StandingsAsync()).ShouldBe([(1, "Anna Berg", 10m), (2, "Ben Cole", 7m), (3, "Cara Diaz", 4m)]);

        var final = await scenario.Api.OkAsync(HttpMethod.Post, $"{path}/finalise", new { version = 2 });
        final.GetProperty("status").GetString().ShouldBe("Final");
        (await scenario.StandingsAsync()).GetProperty("provisional").GetBoolean().ShouldBeFalse();

        var (refusedStatus, refused) = await scenario.UploadAsync(session, csv, version: 3);
        refusedStatus.ShouldBe(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("rule").GetString().ShouldBe("final-needs-correction-reason");

        // A post-race penalty drops Anna Berg behind Cara Diaz; the correction comes as JSON this time.
        var corrected = await scenario.Api.OkAsync(HttpMethod.Put, $"{path}/classification", new
        {
            rows = new object[]
            {
                new { carNumber = 2, position = 1, status = "Classified", laps = 12, fastestLap = true },
                new { carNumber = 3, position = 2, status = "Classified", laps = 12 },
                new { carNumber = 1, position = 3, status = "Classified", laps = 12 },
            },
            correctionReason = "Car 1: 5-second penalty for track limits",
            version = 3,
        });
        corrected.GetProperty("status").GetString().ShouldBe("Final");
        corrected.GetProperty("correctionReason").GetString().ShouldStartWith("Car 1");

        var standings = await scenario.StandingsAsync();
        scenario.Table(standings).ShouldBe([(1, "Ben Cole", 11m), (2, "Cara Diaz", 6m), (3, "Anna Berg", 4m)]);
        var standingsVersion = standings.GetProperty("version").GetInt64();
        standingsVersion.ShouldBe(3);

        var results = await bus.WaitFor<SessionResultsChanged>(m => m.SessionId == sessionId && m.Version == 4);
        results.Region.ShouldBe(Region);
        results.State.Status.ShouldBe("Final");
        results.State.SeasonId.ShouldBe(scenario.SeasonId);
        results.State.Rows.Select(r => (r.CarNumber, r.Points)).ShouldBe([(2, 11m), (3, 6m), (1, 4m)]);
        var published = await bus.WaitFor<StandingsChanged>(m => m.SeasonId == scenario.SeasonId && m.Version == standingsVersion);
        published.State.SeriesId.ShouldBe(scenario.SeriesId);
        published.State.Tables.Select(t => t.Classification).ShouldBe(["Overall", "Pro", "Pro-Am", "Am", "Teams"]);
        published.State.Tables[0].Rows.Select(r => (r.Name, r.Points)).ShouldBe([("Ben Cole", 11m), ("Cara Diaz", 6m), ("Anna Berg", 4m)]);
        (await bus.WaitFor<StandingsChanged>(m => m.SeasonId == scenario.SeasonId && m.Version == 1)).State.Provisional.ShouldBeTrue();
    }

    [Fact]
    public async Task Scoring_settings_that_do_not_validate_are_refused_naming_the_field()
    {
        var scenario = await ResultsScenario.CreateAsync(platform, Region, rounds: 1, Cars, Scoring, ResultsScenario.PastSeason);

        var (status, problem) = await scenario.Api.SendAsync(HttpMethod.Put, $"series/{scenario.SeriesId}/scoring", new
        {
            pointsBySessionType = new Dictionary<string, decimal[]>(),
            classPoints = new Dictionary<string, object> { ["GT3"] = new Dictionary<string, decimal[]> { ["Race"] = [5] } },
            version = 1,
        });

        status.ShouldBe(HttpStatusCode.UnprocessableEntity, problem.ToString());
        problem.ErrorsFor("settings").ShouldBe(["At least one session type needs a points table."]);
        problem.ErrorsFor("classPoints").ShouldHaveSingleItem().ShouldStartWith("GT3 is not a class of this series");
        (await scenario.Api.OkAsync(HttpMethod.Get, $"series/{scenario.SeriesId}/scoring")).GetProperty("version").GetInt64().ShouldBe(1);
    }
}
