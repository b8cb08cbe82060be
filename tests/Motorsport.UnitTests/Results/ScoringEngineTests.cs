using Motorsport.Regional.Results.Scoring;
using static Motorsport.UnitTests.Results.ResultsBuilders;

namespace Motorsport.UnitTests.Results;

public sealed class ScoringEngineTests
{
    [Fact]
    public void Points_follow_the_table_by_position_and_stop_after_it()
    {
        var scored = ScoringEngine.Score(Race(Finishers(Enumerable.Range(1, 16).ToArray())), Settings());

        scored.Entries.Select(e => e.Overall.Points)
            .ShouldBe([25m, 20m, 17m, 14m, 12m, 10m, 9m, 8m, 7m, 6m, 5m, 4m, 3m, 2m, 1m, 0m]);
        scored.Entries[15].Overall.Position.ShouldBe(16);
        scored.HalfPoints.ShouldBeFalse();
    }

    [Fact]
    public void Each_session_type_uses_its_own_table_matched_case_insensitively()
    {
        var settings = Settings() with
        {
            PointsBySessionType = new Dictionary<string, PointsTable>
            {
                ["Sprint"] = PointsTable.Of(20, 18, 16),
                ["Feature"] = Supercup,
            },
        };

        var sprint = ScoringEngine.Score(new SessionClassification("sprint", Finishers(1, 2, 3)), settings);
        var feature = ScoringEngine.Score(new SessionClassification("FEATURE", Finishers(1, 2, 3)), settings);

        sprint.Entries.Select(e => e.Overall.Points).ShouldBe([20m, 18m, 16m]);
        feature.Entries.Select(e => e.Overall.Points).ShouldBe([25m, 20m, 17m]);
    }

    [Fact]
    public void A_session_type_without_a_table_is_refused()
    {
        var error = Should.Throw<ArgumentException>(() =>
            ScoringEngine.Score(new SessionClassification("Qualifying", Finishers(1)), Settings()));

        error.Message.ShouldContain("Qualifying");
    }

    [Fact]
    public void Pole_and_fastest_lap_bonuses_add_their_configured_values_to_overall_only()
    {
        var settings = Settings() with { PoleBonus = 1, FastestLapBonus = 2, Classes = [new ClassSettings("Am")] };
        var entries = new[]
        {
            Car(1, 1, pole: true, classes: ["Am"]),
            Car(2, 2),
            Car(3, 3, fastestLap: true),
            Car(4, 4, pole: false, fastestLap: false),
        };

        var scored = ScoringEngine.Score(Race(entries), settings);

        scored.Entries[0].Overall.ShouldBe(new ClassificationScore("Overall", 1, 25m, 1m));
        scored.Entries[0].Overall.Points.ShouldBe(26m);
        scored.Entries[0].In("Am").ShouldBe(new ClassificationScore("Am", 1, 25m, 0m));
        scored.Entries[2].Overall.Points.ShouldBe(17m + 2m);
        scored.Entries[3].Overall.BonusPoints.ShouldBe(0m);
    }

    [Fact]
    public void A_bonus_of_zero_is_switched_off()
    {
        var scored = ScoringEngine.Score(Race([Car(1, 1, pole: true, fastestLap: true)]), Settings());

        scored.Entries[0].Overall.Points.ShouldBe(25m);
    }

    [Fact]
    public void Guests_and_disqualified_cars_get_no_bonus_and_it_does_not_pass_on()
    {
        var settings = Settings() with { PoleBonus = 1, FastestLapBonus = 1 };
        var entries = new[]
        {
            Car(1, 1, guest: true, pole: true),
            Car(2, 2),
            Car(3, 3, ResultStatus.DSQ, fastestLap: true),
        };

        var scored = ScoringEngine.Score(Race(entries), settings);

        scored.Entries.Select(e => e.Overall.BonusPoints).ShouldBe([0m, 0m, 0m]);
        scored.Entries[1].Overall.Points.ShouldBe(25m);
    }

    [Fact]
    public void A_retired_pole_sitter_keeps_the_bonus_unless_the_series_requires_a_classified_finish()
    {
        var entries = new[] { Car(1, 1), Car(2, null, ResultStatus.DNF, pole: true) };
        var lenient = Settings() with { PoleBonus = 1 };
        var strict = lenient with { BonusRequiresClassifiedFinish = true };

        ScoringEngine.Score(Race(entries), lenient).Entries[1].Overall.ShouldBe(new ClassificationScore("Overall", null, 0m, 1m));
        ScoringEngine.Score(Race(entries), strict).Entries[1].Overall.Points.ShouldBe(0m);
    }

    [Fact]
    public void Position_points_are_halved_when_the_winner_covered_less_than_half_the_scheduled_laps()
    {
        var settings = Settings() with { HalfPointsBelowHalfDistance = true, FastestLapBonus = 1 };
        var entries = new[] { Car(1, 1, laps: 6, fastestLap: true), Car(2, 2, laps: 6), Car(3, 3, laps: 6) };

        var scored = ScoringEngine.Score(Race(entries, scheduledLaps: 14), settings);

        scored.HalfPoints.ShouldBeTrue();
        scored.Entries[0].Overall.ShouldBe(new ClassificationScore("Overall", 1, 12.5m, 1m));
        scored.Entries.Select(e => e.Overall.PositionPoints).ShouldBe([12.5m, 10m, 8.5m]);
    }

    [Fact]
    public void Exactly_half_the_distance_scores_full_points()
    {
        var settings = Settings() with { HalfPointsBelowHalfDistance = true };

        var scored = ScoringEngine.Score(Race([Car(1, 1, laps: 7)], scheduledLaps: 14), settings);

        scored.HalfPoints.ShouldBeFalse();
        scored.Entries[0].Overall.Points.ShouldBe(25m);
    }

    [Fact]
    public void The_winner_sets_the_distance_even_when_a_guest()
    {
        var settings = Settings() with { HalfPointsBelowHalfDistance = true };
        var entries = new[] { Car(9, 1, laps: 5, guest: true), Car(1, 2, laps: 5) };

        var scored = ScoringEngine.Score(Race(entries, scheduledLaps: 12), settings);

        scored.Entries[1].Overall.Points.ShouldBe(12.5m);
    }

    [Theory]
    [InlineData(true, 6, 12.5)]
    [InlineData(false, 3, 25)]
    public void The_stewards_flag_overrides_the_lap_count(bool lessThanHalf, int winnerLaps, double expected)
    {
        var settings = Settings() with { HalfPointsBelowHalfDistance = true };

        var scored = ScoringEngine.Score(Race([Car(1, 1, laps: winnerLaps)], scheduledLaps: 10, lessThanHalfDistance: lessThanHalf), settings);

        scored.Entries[0].Overall.Points.ShouldBe((decimal)expected);
    }

    [Fact]
    public void A_timed_race_without_scheduled_laps_scores_full_points_unless_flagged()
    {
        var settings = Settings() with { HalfPointsBelowHalfDistance = true };

        ScoringEngine.Score(Race([Car(1, 1, laps: 2)]), settings).Entries[0].Overall.Points.ShouldBe(25m);
    }

    [Fact]
    public void Half_points_need_the_setting()
    {
        var scored = ScoringEngine.Score(Race([Car(1, 1, laps: 2)], scheduledLaps: 14, lessThanHalfDistance: true), Settings());

        scored.HalfPoints.ShouldBeFalse();
        scored.Entries[0].Overall.Points.ShouldBe(25m);
    }

    [Fact]
    public void Only_classified_cars_score_and_the_others_take_no_position()
    {
        var entries = new[]
        {
            Car(1, 1, ResultStatus.DSQ),
            Car(2, 2),
            Car(3, 3),
            Car(4, 4, ResultStatus.NotClassified),
            Car(5, 5, ResultStatus.DNF),
            Car(6, null, ResultStatus.DNS),
        };

        var scored = ScoringEngine.Score(Race(entries), Settings());

        scored.Entries.Select(e => (e.Entry.CarNumber, e.Overall.Position, e.Overall.Points)).ShouldBe(
        [
            (1, (int?)null, 0m),
            (2, 1, 25m),
            (3, 2, 20m),
            (4, null, 0m),
            (5, null, 0m),
            (6, null, 0m),
        ]);
    }

    [Fact]
    public void A_guest_scores_nothing_and_its_points_pass_to_the_next_eligible_finisher_overall_and_in_class()
    {
        var settings = Settings() with { Classes = [new ClassSettings("Pro"), new ClassSettings("Am")] };
        var entries = new[]
        {
            Car(99, 1, guest: true, classes: ["Pro"]),
            Car(1, 2, classes: ["Pro"]),
            Car(2, 3, classes: ["Am"]),
            Car(3, 4, classes: ["Pro"]),
        };

        var scored = ScoringEngine.Score(Race(entries), settings);

        scored.Entries[0].Overall.ShouldBe(new ClassificationScore("Overall", null, 0m, 0m));
        scored.Entries[0].In("Pro").ShouldBe(new ClassificationScore("Pro", null, 0m, 0m));
        scored.Entries[1].Overall.ShouldBe(new ClassificationScore("Overall", 1, 25m, 0m));
        scored.Entries[1].In("Pro").ShouldBe(new ClassificationScore("Pro", 1, 25m, 0m));
        scored.Entries[2].Overall.Points.ShouldBe(20m);
        scored.Entries[2].In("Am").ShouldBe(new ClassificationScore("Am", 1, 25m, 0m));
        scored.Entries[3].Overall.Points.ShouldBe(17m);
        scored.Entries[3].In("Pro").ShouldBe(new ClassificationScore("Pro", 2, 20m, 0m));
    }

    [Fact]
    public void Classes_score_by_class_position_with_their_own_table_or_the_series_table()
    {
        var settings = Settings() with
        {
            Classes =
            [
                new ClassSettings("Pro-Am", new Dictionary<string, PointsTable> { ["race"] = PointsTable.Of(10, 8, 6) }),
                new ClassSettings("Rookie"),
            ],
        };
        var entries = new[]
        {
            Car(1, 1, classes: ["Pro"]),
            Car(2, 2, classes: ["pro-am", "Rookie"]),
            Car(3, 3, classes: ["Pro-Am"]),
            Car(4, 4, classes: ["Rookie"]),
        };

        var scored = ScoringEngine.Score(Race(entries), settings);

        // "Pro" is not configured for this series, so car 1 only scores overall.
        scored.Entries[0].Scores.Select(s => s.Classification).ShouldBe(["Overall"]);
        scored.Entries[1].Scores.ShouldBe(
        [
            new ClassificationScore("Overall", 2, 20m, 0m),
            new ClassificationScore("Pro-Am", 1, 10m, 0m),
            new ClassificationScore("Rookie", 1, 25m, 0m),
        ]);
        scored.Entries[2].In("Pro-Am").ShouldBe(new ClassificationScore("Pro-Am", 2, 8m, 0m));
        scored.Entries[3].In("Rookie").ShouldBe(new ClassificationScore("Rookie", 2, 20m, 0m));
        scored.Entries[3].In("Pro-Am").ShouldBeNull();
    }

    [Fact]
    public void Class_points_are_halved_too_in_a_short_race()
    {
        var settings = Settings() with { HalfPointsBelowHalfDistance = true, Classes = [new ClassSettings("Am")] };

        var scored = ScoringEngine.Score(Race([Car(1, 1, laps: 3, classes: ["Am"])], scheduledLaps: 10), settings);

        scored.Entries[0].In("Am")!.Points.ShouldBe(12.5m);
    }

    [Fact]
    public void Inconsistent_classifications_are_refused()
    {
        Should.Throw<ArgumentException>(() => ScoringEngine.Score(Race([Car(1, 1), Car(2, 1)]), Settings()))
            .Message.ShouldContain("Position 1");
        Should.Throw<ArgumentException>(() => ScoringEngine.Score(Race([Car(1, null)]), Settings()))
            .Message.ShouldContain("car 1 has no position");
        Should.Throw<ArgumentException>(() => ScoringEngine.Score(Race([Car(7, 1), Car(7, 2)]), Settings()))
            .Message.ShouldContain("Car number 7");
    }

    [Fact]
    public void Invalid_settings_are_listed_and_refused()
    {
        var settings = new ScoringSettings
        {
            PointsBySessionType = new Dictionary<string, PointsTable> { ["Race"] = PointsTable.Of(10, -1) },
            PoleBonus = -1,
            Classes = [new ClassSettings("Am"), new ClassSettings("AM"), new ClassSettings("Overall")],
            Drops = new DroppedResults(0),
            MinimumStarts = -1,
            TeamCarsCounted = 0,
        };

        settings.Validate().ShouldBe(
        [
            "Overall points for 'Race' cannot be negative.",
            "Bonus points cannot be negative.",
            "Class 'Am' is defined more than once.",
            "'Overall' is not a usable class code.",
            "Dropped results must keep at least one result.",
            "Minimum starts cannot be negative.",
            "Team standings must count at least one car.",
        ]);
        Should.Throw<ArgumentException>(() => ScoringEngine.Score(Race(Finishers(1)), settings));
        (Settings() with { PointsBySessionType = new Dictionary<string, PointsTable>() }).Validate()
            .ShouldBe(["At least one session type needs a points table."]);
        Settings().Validate().ShouldBeEmpty();
    }
}
