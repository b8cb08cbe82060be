using Motorsport.Regional.Drivers;
using Motorsport.Regional.Entries;
using Motorsport.Regional.Results;
using Motorsport.Regional.Results.Import;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.UnitTests.Results;

/// <summary>
/// A fictional Carrera Cup Asia season end to end: twelve timing exports (six rounds of two races) are parsed, scored
/// and turned into standings. The expected values were worked out by hand from the exports, not produced by the engine.
/// The season has a guest (#99, rounds 3 and 5) whose points pass down, a DNF (#12, R2 race 2), a DSQ (#3, R4 race 2,
/// who also set that race's fastest lap), a DNS (#22, R5 race 1), a non-classified finisher (#18, R1 race 2), a race
/// stopped after 6 of 14 laps (R3 race 2, half points), a mid-season driver change in #88 that leaves Budi Santoso
/// short of the minimum starts, best 10 of 12 results with the finale not droppable, and a title decided on countback.
/// </summary>
public sealed class CarreraCupAsiaSeasonTests
{
    private static readonly ScoringSettings Settings = new()
    {
        PointsBySessionType = new Dictionary<string, PointsTable> { ["Race"] = ResultsBuilders.Supercup },
        PoleBonus = 1,
        FastestLapBonus = 1,
        HalfPointsBelowHalfDistance = true,
        Classes = [new ClassSettings("Pro"), new ClassSettings("Pro-Am"), new ClassSettings("Am")],
        Drops = new DroppedResults(10),
        MinimumStarts = 6,
    };

    private const string Harbour = "Harbour Racing";
    private const string LionCity = "Lion City Motorsport";
    private const string JadeDragon = "Jade Dragon Racing";
    private const string Monsoon = "Monsoon Motorsport";
    private const string Everest = "Everest Racing";
    private const string Vogel = "Vogel Motorsport";

    /// <summary>The event entries: who drives each car and for which team. #88 changed driver after round 2.</summary>
    private static (string Driver, string Team) Entry(int car, int round) => car switch
    {
        1 => ("Aiden Tan", Harbour),
        7 => ("Marcus Lee", Harbour),
        18 => ("Kenji Watanabe", Harbour),
        3 => ("Lucas Ng", LionCity),
        11 => ("Rahul Mehta", LionCity),
        8 => ("Oliver Chen", JadeDragon),
        22 => ("David Wong", JadeDragon),
        12 => ("Sam Walker", Monsoon),
        27 => ("Ethan Lim", Monsoon),
        88 => (round <= 2 ? "Budi Santoso" : "Chris Ho", Everest),
        99 => ("Max Vogel", Vogel),
        _ => throw new ArgumentOutOfRangeException(nameof(car)),
    };

    private const int Guest = 99;

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

    private static readonly HashSet<int> Entered = [1, 3, 7, 8, 11, 12, 18, 22, 27, 88, 99];

    // Ids stand in for the region's rows; scoring reads drivers and teams by id, and names them for the tables.
    private static readonly Dictionary<string, Driver> Drivers = Races
        .SelectMany(race => Entered.Select(car => Entry(car, race.Round).Driver)).Distinct()
        .Select(name => name.Split(' '))
        .ToDictionary(name => string.Join(' ', name), name => new Driver { Id = Guid.NewGuid(), FirstName = name[0], LastName = name[1], Nationality = "SG" });

    private static readonly Dictionary<string, Guid> Teams =
        new[] { Harbour, LionCity, JadeDragon, Monsoon, Everest, Vogel }.ToDictionary(name => name, _ => Guid.NewGuid());

    private static async Task<IReadOnlyList<TimingRow>> Import(RaceFile race)
    {
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Results", "Fixtures", race.File));
        var parsed = await TimingCsvParser.ParseAsync(file, Entered);
        parsed.Errors.ShouldBeEmpty(race.File);
        return parsed.Rows;
    }

    /// <summary>
    /// A race as the region stores and scores it: the export's rows with the pole and the guest (<see cref="ImportedRow.FromTiming"/>),
    /// each matched to its entry (<see cref="SessionResult.Of"/>), then classified (<see cref="SeasonResults.Classification"/>) and scored.
    /// </summary>
    private static SeasonSession Score(RaceFile race, IReadOnlyList<TimingRow> timing)
    {
        var session = new RaceSession { Id = Guid.NewGuid(), Name = $"Race {race.Race}", SessionType = "Race", ScheduledLaps = race.ScheduledLaps };
        var rows = ImportedRow.FromTiming(timing, race.PoleCar, [Guest]);
        var classes = timing.ToDictionary(r => r.CarNumber, r => r.Class);
        session.ReplaceResults([.. rows.Select(row => SessionResult.Of(session.Id, row, EntryOf(row.CarNumber, race.Round, classes[row.CarNumber]), licenceId: null))]);
        var classification = SeasonResults.Classification(session, Drivers.Values.ToDictionary(d => d.Id), Teams.ToDictionary(t => t.Value, t => t.Key));
        return new SeasonSession(race.Round, session.Name, Droppable: race.Round != 6, ScoringEngine.Score(classification, Settings));
    }

    private static Entry EntryOf(int car, int round, string carClass)
    {
        var (driver, team) = Entry(car, round);
        var entry = new Entry { Id = Guid.NewGuid(), TeamId = Teams[team], CarModelCode = "992-CUP", CarNumber = car, Class = carClass };
        entry.SetDrivers([Drivers[driver].Id]);
        return entry;
    }

    private static async Task<(IReadOnlyList<SeasonSession> Sessions, SeasonStandings Standings)> Season()
    {
        var sessions = new List<SeasonSession>();
        foreach (var race in Races)
        {
            sessions.Add(Score(race, await Import(race)));
        }

        return (sessions, StandingsCalculator.Calculate(sessions, Settings));
    }

    private static IEnumerable<(int? Position, string Name, decimal Points)> Table(Standings standings) =>
        standings.Rows.Select(r => (r.Position, r.Name, r.Points));

    [Fact]
    public async Task Every_export_parses_with_every_entered_car_and_the_guest_only_where_he_raced()
    {
        foreach (var race in Races)
        {
            var expected = race.Round is 3 or 5 ? Entered : Entered.Where(car => car != Guest);
            (await Import(race)).Select(r => r.CarNumber).Order().ShouldBe(expected.Order(), race.File);
        }
    }

    [Fact]
    public async Task Only_the_race_stopped_before_half_distance_pays_half_points()
    {
        var (sessions, _) = await Season();

        sessions.Where(s => s.Session.HalfPoints).Select(s => (s.Round, s.Name)).ShouldBe([(3, "Race 2")]);
        var stopped = sessions.Single(s => s.Session.HalfPoints).Session;
        // Lucas Ng won (12.5) and set the fastest lap (1, not halved); the guest's second place passed to Aiden Tan.
        stopped.Entries.Select(e => (e.Entry.CarNumber, e.Overall.Points)).Take(4).ShouldBe([(3, 13.5m), (99, 0m), (1, 11m), (12, 8.5m)]);
    }

    [Fact]
    public async Task The_drivers_title_goes_to_Lucas_Ng_on_countback()
    {
        var (_, standings) = await Season();

        Table(standings.Overall).ShouldBe(
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

        var lucas = standings.Overall.Rows[0];
        var aiden = standings.Overall.Rows[1];
        lucas.SharedPosition.ShouldBeFalse();
        lucas.FinishingPositions.ShouldBe([1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
        aiden.FinishingPositions.ShouldBe([1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3]);
        Dropped(lucas).ShouldBe([(3, "Race 2", 13.5m), (4, "Race 2", 0m)]);
        Dropped(aiden).ShouldBe([(3, "Race 2", 11m), (5, "Race 1", 17m)]);
        lucas.Results.Single(r => r.Round == 4 && r.Session == "Race 2").Status.ShouldBe(ResultStatus.DSQ);

        var david = standings.Overall.Rows.Single(r => r.Name == "David Wong");
        david.Starts.ShouldBe(11);
        var budi = standings.Overall.Rows.Single(r => r.Name == "Budi Santoso");
        (budi.Starts, budi.Classified).ShouldBe((4, false));
        standings.Overall.Rows.ShouldNotContain(r => r.Name == "Max Vogel");
    }

    [Fact]
    public async Task Class_standings_score_by_class_position()
    {
        var (_, standings) = await Season();

        Table(standings.Class("Pro")).ShouldBe(
            [(1, "Lucas Ng", 219m), (2, "Aiden Tan", 217m), (3, "Oliver Chen", 192m), (4, "Sam Walker", 149m)]);
        Table(standings.Class("Pro-Am")).ShouldBe(
            [(1, "Marcus Lee", 230m), (2, "Rahul Mehta", 211m), (3, "Ethan Lim", 190m)]);
        Table(standings.Class("Am")).ShouldBe(
            [(1, "David Wong", 230m), (2, "Kenji Watanabe", 203m), (3, "Chris Ho", 149m), (null, "Budi Santoso", 76m)]);
        Dropped(standings.Class("Am").Rows[1]).ShouldBe([(1, "Race 2", 0m), (3, "Race 2", 12.5m)]);
    }

    [Fact]
    public async Task Team_standings_count_the_best_two_cars_of_each_licence()
    {
        var (_, standings) = await Season();

        Table(standings.Teams).ShouldBe(
        [
            (1, Harbour, 342m),
            (2, LionCity, 331m),
            (3, JadeDragon, 268m),
            (4, Monsoon, 246m),
            (5, Everest, 70m),
        ]);
        // Harbour Racing's third car (Kenji Watanabe, #18) never finished ahead of the other two, so it never counted.
        var harbour = standings.Teams.Rows[0];
        harbour.Results.Select(r => r.Points).ShouldBe([38m, 30m, 35m, 38m, 32m, 16m, 37m, 39m, 29m, 27m, 32m, 32m]);
        Dropped(harbour).ShouldBe([(3, "Race 2", 16m), (5, "Race 2", 27m)]);
    }

    private static IEnumerable<(int Round, string Session, decimal Points)> Dropped(StandingsRow row) =>
        row.Results.Where(r => !r.Counted).Select(r => (r.Round, r.Session, r.Points));
}
