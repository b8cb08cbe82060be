using Motorsport.Regional.Results.Scoring;
using static Motorsport.UnitTests.Results.ResultsBuilders;

namespace Motorsport.UnitTests.Results;

/// <summary>Uses the short 10-6-4-3-2-1 table so every total can be checked by eye.</summary>
public sealed class StandingsCalculatorTests
{
    private static readonly ScoringSettings ShortTable = Settings(Short);

    private static ClassifiedEntry Driven(int number, int? position, string name, ResultStatus status = ResultStatus.Classified) =>
        Car(number, position, status, drivers: [new DriverRef(name, name)]);

    private static SeasonSession Round(int round, ScoringSettings settings, params ClassifiedEntry[] entries) =>
        ScoringEngine.Score(Race(entries), settings).InRound(round);

    private static SeasonSession Round(int round, params ClassifiedEntry[] entries) => Round(round, ShortTable, entries);

    private static IEnumerable<(int? Position, string Name, decimal Points)> Table(Standings standings) =>
        standings.Rows.Select(r => (r.Position, r.Name, r.Points));

    private static IEnumerable<(int Round, string Session, ResultStatus? Status, string Positions, decimal Points, bool Counted)> Results(StandingsRow row) =>
        row.Results.Select(r => (r.Round, r.Session, r.Status, string.Join(",", r.Positions), r.Points, r.Counted));

    [Fact]
    public void Points_add_up_over_the_season_for_every_driver_of_a_car()
    {
        DriverRef[] crew = [new("ana", "Ana"), new("ben", "Ben")];
        var sessions = new[]
        {
            Round(1, Car(1, 1, drivers: crew), Driven(2, 2, "Cleo")),
            Round(2, Driven(2, 1, "Cleo"), Car(1, 2, drivers: crew)),
            Round(3, Car(1, 1, drivers: crew), Driven(2, 2, "Cleo")),
        };

        var standings = StandingsCalculator.Calculate(sessions, ShortTable);

        Table(standings.Overall).ShouldBe([(1, "Ana", 26m), (1, "Ben", 26m), (3, "Cleo", 22m)]);
        var ana = standings.Overall.Rows[0];
        ana.Starts.ShouldBe(3);
        ana.Classified.ShouldBeTrue();
        ana.FinishingPositions.ShouldBe([1, 1, 2]);
        Results(ana).ShouldBe(
        [
            (1, "Race", ResultStatus.Classified, "1", 10m, true),
            (2, "Race", ResultStatus.Classified, "2", 6m, true),
            (3, "Race", ResultStatus.Classified, "1", 10m, true),
        ]);
    }

    [Fact]
    public void Countback_puts_the_driver_with_more_wins_ahead_on_equal_points()
    {
        var sessions = new[]
        {
            Round(1, Driven(1, 1, "Zed"), Driven(2, 2, "Alice")),
            Round(2, Driven(3, 1, "Filler"), Driven(2, 2, "Alice"), Driven(4, 3, "Other"), Driven(5, 4, "Third"), Driven(1, 5, "Zed")),
        };

        var standings = StandingsCalculator.Calculate(sessions, ShortTable);

        Table(standings.Overall).ShouldBe([(1, "Zed", 12m), (2, "Alice", 12m), (3, "Filler", 10m), (4, "Other", 4m), (5, "Third", 3m)]);
        standings.Overall.Rows.ShouldAllBe(r => !r.SharedPosition);
    }

    [Fact]
    public void Countback_goes_on_to_second_places_when_wins_are_equal()
    {
        var sessions = new[]
        {
            Round(1, Driven(1, 1, "Zoe"), Driven(3, 2, "F1"), Driven(2, 3, "Adam"), Driven(4, 4, "F2")),
            Round(2, Driven(2, 1, "Adam"), Driven(1, 2, "Zoe"), Driven(3, 3, "F1"), Driven(4, 4, "F2")),
            Round(3, Driven(3, 1, "F1"), Driven(4, 2, "F2"), Driven(5, 3, "F3"), Driven(2, 4, "Adam"), Driven(6, 5, "F4"), Driven(1, 6, "Zoe")),
        };

        var standings = StandingsCalculator.Calculate(sessions, ShortTable);

        Table(standings.Overall).ShouldBe(
            [(1, "F1", 20m), (2, "Zoe", 17m), (3, "Adam", 17m), (4, "F2", 12m), (5, "F3", 4m), (6, "F4", 2m)]);
        standings.Overall.Rows[1].FinishingPositions.ShouldBe([1, 2, 6]);
        standings.Overall.Rows[2].FinishingPositions.ShouldBe([1, 3, 4]);
    }

    [Fact]
    public void A_tie_countback_cannot_break_shares_the_position_listed_by_name_and_the_next_position_is_skipped()
    {
        var sessions = new[]
        {
            Round(1, Driven(1, 1, "Bea"), Driven(2, 2, "Al")),
            Round(2, Driven(2, 1, "Al"), Driven(1, 2, "Bea"), Driven(3, 3, "Cy")),
        };

        var standings = StandingsCalculator.Calculate(sessions, ShortTable);

        Table(standings.Overall).ShouldBe([(1, "Al", 16m), (1, "Bea", 16m), (3, "Cy", 4m)]);
        standings.Overall.Rows.Select(r => r.SharedPosition).ShouldBe([true, true, false]);
    }

    [Fact]
    public void Only_the_best_results_count_and_a_non_droppable_round_always_counts()
    {
        var settings = ShortTable with { Drops = new DroppedResults(2) };
        var sessions = new[]
        {
            Round(1, settings, Driven(1, 1, "Max")),
            Round(2, settings, Driven(2, 1, "Other"), Driven(1, 2, "Max")),
            ScoringEngine.Score(Race([Driven(3, 1, "A"), Driven(4, 2, "B"), Driven(5, 3, "C"), Driven(6, 4, "D"), Driven(1, 5, "Max")]), settings)
                .InRound(3, "Final", droppable: false),
        };

        var max = StandingsCalculator.Calculate(sessions, settings).Overall.Rows.Single(r => r.Name == "Max");

        // Best two would be 10 + 6; the final's 2 points cannot be dropped, so the 6 goes instead.
        max.Points.ShouldBe(12m);
        max.Results.Select(r => (r.Round, r.Session, r.Points, r.Counted)).ShouldBe(
            [(1, "Race", 10m, true), (2, "Race", 6m, false), (3, "Final", 2m, true)]);
        max.FinishingPositions.ShouldBe([1, 2, 5]);
    }

    [Fact]
    public void Of_equal_results_the_earlier_one_is_kept()
    {
        var settings = ShortTable with { Drops = new DroppedResults(1) };

        var max = StandingsCalculator.Calculate(
            [Round(1, settings, Driven(1, 1, "Max")), Round(2, settings, Driven(1, 1, "Max"))],
            settings).Overall.Rows.Single();

        max.Points.ShouldBe(10m);
        max.Results.Select(r => r.Counted).ShouldBe([true, false]);
    }

    [Fact]
    public void With_fewer_results_than_best_n_everything_counts()
    {
        var settings = ShortTable with { Drops = new DroppedResults(5) };

        var max = StandingsCalculator.Calculate([Round(1, settings, Driven(1, 2, "Max"), Driven(2, 1, "Other"))], settings)
            .Overall.Rows.Single(r => r.Name == "Max");

        max.Points.ShouldBe(6m);
        max.Results.ShouldAllBe(r => r.Counted);
    }

    [Fact]
    public void Dropping_by_round_keeps_or_drops_a_whole_weekend()
    {
        var settings = ShortTable with { Drops = new DroppedResults(1, DropUnit.Round) };
        ClassifiedEntry[] Weekend(int maxPosition) =>
            [Driven(1, maxPosition, "Max"), .. Enumerable.Range(1, 6).Where(p => p != maxPosition).Select(p => Driven(10 + p, p, $"F{p}"))];
        var sessions = new[]
        {
            ScoringEngine.Score(Race(Weekend(1)), settings).InRound(1, "Race 1"),
            ScoringEngine.Score(Race(Weekend(6)), settings).InRound(1, "Race 2"),
            ScoringEngine.Score(Race(Weekend(2)), settings).InRound(2, "Race 1"),
            ScoringEngine.Score(Race(Weekend(2)), settings).InRound(2, "Race 2"),
        };

        var max = StandingsCalculator.Calculate(sessions, settings).Overall.Rows.Single(r => r.Name == "Max");

        // Round 1 is worth 10 + 1, round 2 is worth 6 + 6: round 1 goes, though it holds the single best race.
        max.Points.ShouldBe(12m);
        max.Results.Select(r => (r.Round, r.Counted)).ShouldBe([(1, false), (1, false), (2, true), (2, true)]);
    }

    [Fact]
    public void Drivers_short_of_the_minimum_starts_are_listed_after_the_classified_ones_without_a_position()
    {
        var settings = ShortTable with { MinimumStarts = 2 };
        var sessions = new[]
        {
            Round(1, settings, Driven(1, 1, "Guy"), Driven(2, 2, "Reg"), Driven(3, 3, "Dis")),
            Round(2, settings, Driven(2, 1, "Late"), Driven(1, null, "Guy", ResultStatus.DNS), Driven(3, null, "Dis", ResultStatus.DSQ)),
            Round(3, settings, Driven(2, 1, "Reg")),
        };

        var rows = StandingsCalculator.Calculate(sessions, settings).Overall.Rows;

        rows.Select(r => (r.Position, r.Name, r.Points, r.Starts, r.Classified)).ShouldBe(
        [
            (1, "Reg", 16m, 2, true),
            (2, "Dis", 4m, 2, true),
            (null, "Guy", 10m, 1, false),
            (null, "Late", 10m, 1, false),
        ]);
        rows[2].Results[1].Status.ShouldBe(ResultStatus.DNS);
        rows[2].Results[1].Positions.ShouldBeEmpty();
    }

    [Fact]
    public void Team_standings_add_the_best_two_cars_per_licence_and_ignore_guests()
    {
        var settings = ShortTable with { PoleBonus = 1 };
        var sessions = new[]
        {
            Round(
                1,
                settings,
                Car(99, 1, licence: "L2", guest: true),
                Car(1, 2, licence: "L1"),
                Car(2, 3, licence: "L1"),
                Car(3, 4, licence: "L1"),
                Car(4, 5, licence: "L2")),
            Round(
                2,
                settings,
                Car(4, 1, licence: "L2"),
                Car(3, 2, licence: "L1"),
                Car(1, 3, licence: "L1"),
                Car(2, null, ResultStatus.DNS, licence: "L1", pole: true)),
        };

        var teams = StandingsCalculator.Calculate(sessions, settings).Teams;

        teams.Classification.ShouldBe("Teams");
        // Round 1: L1 counts 10 + 6 (not the third car's 4); L2's guest scores nothing, so only car 4's 3.
        // Round 2: L1's non-starting pole-sitter brings 1 point, which beats neither running car's 6 or 4.
        teams.Rows.Select(r => (r.Position, r.CompetitorId, r.Name, r.Points)).ShouldBe(
            [(1, "L1", "Team L1", 26m), (2, "L2", "Team L2", 13m)]);
        Results(teams.Rows[0]).ShouldBe(
        [
            (1, "Race", (ResultStatus?)null, "1,2", 16m, true),
            (2, "Race", null, "2,3", 10m, true),
        ]);
        teams.Rows[0].Starts.ShouldBe(2);
        teams.Rows[1].FinishingPositions.ShouldBe([1, 4]);
    }

    [Fact]
    public void The_number_of_cars_counted_per_team_is_a_setting()
    {
        var settings = ShortTable with { TeamCarsCounted = 1 };

        var teams = StandingsCalculator.Calculate(
            [Round(1, settings, Car(1, 1, licence: "L1"), Car(2, 2, licence: "L1"))],
            settings).Teams;

        teams.Rows.Single().Points.ShouldBe(10m);
    }

    [Fact]
    public void Guests_have_no_row_anywhere()
    {
        var settings = ShortTable with { Classes = [new ClassSettings("Pro")] };
        var sessions = new[] { Round(1, settings, Car(99, 1, guest: true, classes: ["Pro"], licence: "G"), Car(1, 2, classes: ["Pro"])) };

        var standings = StandingsCalculator.Calculate(sessions, settings);

        Table(standings.Overall).ShouldBe([(1, "Driver 1", 10m)]);
        Table(standings.Class("Pro")).ShouldBe([(1, "Driver 1", 10m)]);
        standings.Teams.Rows.Select(r => r.CompetitorId).ShouldBe(["T1"]);
    }

    [Fact]
    public void Class_standings_use_class_points_and_list_only_that_class()
    {
        var settings = ShortTable with { Classes = [new ClassSettings("Pro"), new ClassSettings("Am"), new ClassSettings("Rookie")] };
        ClassifiedEntry Entry(int number, int position, string name, params string[] classes) =>
            Car(number, position, classes: classes, drivers: [new DriverRef(name, name)]);
        var sessions = new[]
        {
            Round(1, settings, Entry(1, 1, "Pia", "Pro"), Entry(4, 2, "Ada", "Am"), Entry(3, 3, "Rick", "Pro", "Rookie"), Entry(2, 4, "Amos", "Am")),
            Round(2, settings, Entry(4, 1, "Ada", "Am"), Entry(2, 2, "Amos", "Am"), Entry(1, 3, "Pia", "Pro"), Entry(3, 4, "Rick", "Pro", "Rookie")),
        };

        var standings = StandingsCalculator.Calculate(sessions, settings);

        standings.Classes.Select(c => c.Classification).ShouldBe(["Pro", "Am", "Rookie"]);
        Table(standings.Overall).ShouldBe([(1, "Ada", 16m), (2, "Pia", 14m), (3, "Amos", 9m), (4, "Rick", 7m)]);
        Table(standings.Class("pro")).ShouldBe([(1, "Pia", 20m), (2, "Rick", 12m)]);
        Table(standings.Class("Am")).ShouldBe([(1, "Ada", 20m), (2, "Amos", 12m)]);
        Table(standings.Class("Rookie")).ShouldBe([(1, "Rick", 20m)]);
        Should.Throw<ArgumentException>(() => standings.Class("Junior"));
    }

    [Fact]
    public void Rounds_must_agree_on_being_droppable_and_a_driver_can_only_be_in_one_car_per_session()
    {
        var scored = ScoringEngine.Score(Race(Finishers(1)), ShortTable);
        Should.Throw<ArgumentException>(() => StandingsCalculator.Calculate(
            [scored.InRound(1, "Race 1"), scored.InRound(1, "Race 2", droppable: false)], ShortTable));

        var twice = ScoringEngine.Score(Race([Driven(1, 1, "Ana"), Driven(2, 2, "Ana")]), ShortTable);
        Should.Throw<ArgumentException>(() => StandingsCalculator.Calculate([twice.InRound(1)], ShortTable))
            .Message.ShouldContain("Ana");
    }

    [Fact]
    public void An_empty_season_has_empty_tables()
    {
        var standings = StandingsCalculator.Calculate([], ShortTable with { Classes = [new ClassSettings("Am")] });

        standings.Overall.Rows.ShouldBeEmpty();
        standings.Class("Am").Rows.ShouldBeEmpty();
        standings.Teams.Rows.ShouldBeEmpty();
    }
}
