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
}
