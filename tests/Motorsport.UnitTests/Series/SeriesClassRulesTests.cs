using Motorsport.Regional.Entries;
using Motorsport.Regional.Series;

namespace Motorsport.UnitTests.Series;

public sealed class SeriesClassRulesTests
{
    private static SeriesClassRequest Class(string code, string? name = null) => new(code, name, null);

    [Fact]
    public void Codes_and_names_lose_surrounding_spaces_and_a_blank_name_falls_back_to_the_code()
    {
        var normalized = SeriesClassRules.Normalized([Class(" Pro ", " Professional "), Class("Am", "   ")]);

        normalized.ShouldBe([Class("Pro", "Professional"), Class("Am")]);
    }

    [Fact]
    public void A_code_listed_again_with_a_trailing_space_is_a_duplicate()
    {
        var problem = SeriesClassRules.Check(SeriesClassRules.Normalized([Class("Pro "), Class("pro")]));

        problem.ShouldNotBeNull();
        problem.Field.ShouldBe("classes");
    }

    [Theory]
    [InlineData("Overall")]
    [InlineData("teams")]
    [InlineData("OVERALL")]
    public void A_code_naming_a_standings_table_is_refused_on_that_item(string code)
    {
        var problem = SeriesClassRules.Check([Class("Pro"), Class(code)]);

        problem.ShouldNotBeNull();
        problem.Field.ShouldBe("classes[1].code");
    }

    [Fact]
    public void Distinct_ordinary_codes_pass() =>
        SeriesClassRules.Check([Class("Pro"), Class("Pro-Am"), Class("Rookie"), Class("Overall Am")]).ShouldBeNull();

    [Fact]
    public void Only_dropped_classes_that_entries_run_in_are_reported()
    {
        var inUse = SeriesClassRules.RemovedInUse(["Pro", "Pro-Am", "Rookie"], ["pro"], ["Pro", "Pro-Am"]);

        inUse.ShouldBe(["Pro-Am"]);
    }

    [Fact]
    public void Dropping_unused_classes_or_keeping_used_ones_is_fine() =>
        SeriesClassRules.RemovedInUse(["Pro", "Pro-Am", "Rookie"], ["PRO-AM", "Pro"], ["pro-am", "Pro"]).ShouldBeEmpty();

    private static readonly DateOnly RoundStart = new(2026, 6, 5);

    // 19 on the first day of the round: born on that day 19 years earlier.
    private static StandingEntryDriver Rookie(string @class = "Rookie", int carNumber = 7) =>
        new(@class, carNumber, "Round 3", RoundStart, "Mia Young", RoundStart.AddYears(-19));

    private static SeriesClassRequest Limited(string code, int? maxDriverAge) => new(code, null, maxDriverAge);

    [Fact]
    public void Lowering_an_age_limit_below_a_standing_drivers_age_is_refused_on_that_class()
    {
        var problem = SeriesClassRules.AgeLimitBrokenBy(
            [new ClassFacts("Pro", null), new ClassFacts("Rookie", 21)], [Class("Pro"), Limited("rookie", 18)], [Rookie()]);

        problem.ShouldNotBeNull();
        problem.Field.ShouldBe("classes[1].maxDriverAge");
        problem.Message.ShouldContain("Mia Young (#7 in Round 3) is 19");
    }

    [Fact]
    public void A_new_limit_on_a_class_that_had_none_is_checked() =>
        SeriesClassRules.AgeLimitBrokenBy([new ClassFacts("Rookie", null)], [Limited("Rookie", 18)], [Rookie()]).ShouldNotBeNull();

    [Fact]
    public void A_driver_exactly_at_the_limit_on_the_events_first_day_still_fits() =>
        SeriesClassRules.AgeLimitBrokenBy([new ClassFacts("Rookie", 21)], [Limited("Rookie", 19)], [Rookie()]).ShouldBeNull();

    [Fact]
    public void Drivers_of_other_classes_do_not_count() =>
        SeriesClassRules.AgeLimitBrokenBy([new ClassFacts("Rookie", 21)], [Limited("Rookie", 18)], [Rookie("Pro")]).ShouldBeNull();

    [Theory]
    [InlineData(18)]
    [InlineData(25)]
    public void A_limit_that_does_not_get_stricter_is_not_checked(int newLimit) =>
        // Entries that broke the old limit already (accepted before it existed) must not block unrelated edits.
        SeriesClassRules.AgeLimitBrokenBy([new ClassFacts("Rookie", 18)], [Limited("Rookie", newLimit)], [Rookie()]).ShouldBeNull();
}
