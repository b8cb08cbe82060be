using Motorsport.Regional.Results.Scoring;

namespace Motorsport.UnitTests.Results;

public sealed class PointsTableRulesTests
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>?>?> NoClasses = [];

    [Fact]
    public void Usable_tables_have_no_problems()
    {
        var problems = PointsTableRules.Malformed(
            Tables(("Race", [25, 20, 17]), ("Sprint", [0.5m, 1000])),
            new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>?>?> { ["Am"] = Tables(("race", [10, 8])) });

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Null_tables_and_a_null_class_are_named_by_their_path()
    {
        var problems = PointsTableRules.Malformed(
            Tables(("Race", null)),
            new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>?>?> { ["Pro"] = null, ["Am"] = Tables(("Race", null)) });

        problems.Keys.ShouldBe(["pointsBySessionType.Race", "classPoints.Pro", "classPoints.Am.Race"], ignoreOrder: true);
        problems["pointsBySessionType.Race"].ShouldBe(["must be the points of position 1, 2, 3…, not null"]);
        problems["classPoints.Pro"].ShouldBe(["must be the class's points tables by session type, not null"]);
    }

    [Fact]
    public void Session_types_differing_only_in_case_are_one_session_type()
    {
        var problems = PointsTableRules.Malformed(
            Tables(("Race", [25]), ("race", [10])),
            new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>?>?> { ["Am"] = Tables(("Race", [5])), ["AM"] = Tables(("Race", [5])) });

        problems["pointsBySessionType"].ShouldBe(["names the session type 'Race' more than once; session types ignore case"]);
        problems["classPoints"].ShouldBe(["names the class 'Am' more than once"]);
    }

    [Theory]
    [InlineData("", "has a blank session type; a session type is 1 to 40 characters")]
    [InlineData("   ", "has a blank session type; a session type is 1 to 40 characters")]
    [InlineData(" Race", "session type ' Race' must not start or end with spaces")]
    public void A_blank_or_padded_session_type_is_refused_on_the_tables(string sessionType, string problem) =>
        Flat(PointsTableRules.Malformed(Tables((sessionType, [25])), NoClasses))
            .ShouldBe([("pointsBySessionType", problem)]);

    [Fact]
    public void A_session_type_longer_than_a_session_may_name_is_refused_without_repeating_it()
    {
        PointsTableRules.Malformed(Tables((new string('R', 40), [25])), NoClasses).ShouldBeEmpty();

        Flat(PointsTableRules.Malformed(Tables((new string('R', 10_000), [25])), NoClasses))
            .ShouldBe([("pointsBySessionType", "has a session type of 10000 characters; at most 40")]);
    }

    [Fact]
    public void Tables_are_bounded_in_length_count_and_points()
    {
        var tooMany = Enumerable.Range(1, 21).Select(i => ($"Race {i}", (decimal[]?)[1m])).ToArray();

        PointsTableRules.Malformed(Tables(tooMany), NoClasses)["pointsBySessionType"].ShouldBe(["has 21 session types; at most 20"]);
        PointsTableRules.Malformed(Tables(tooMany[..20]), NoClasses).ShouldBeEmpty();
        PointsTableRules.Malformed(Tables(("Race", [])), NoClasses)["pointsBySessionType.Race"].ShouldBe(["must give the points of position 1 at least"]);
        PointsTableRules.Malformed(Tables(("Race", [.. Enumerable.Repeat(1m, 101)])), NoClasses)["pointsBySessionType.Race"]
            .ShouldBe(["lists 101 positions; at most 100"]);
        PointsTableRules.Malformed(Tables(("Race", [.. Enumerable.Repeat(1m, 100)])), NoClasses).ShouldBeEmpty();
        PointsTableRules.Malformed(Tables(("Race", [25, -1])), NoClasses)["pointsBySessionType.Race"].ShouldBe(["points must be between 0 and 1000"]);
        PointsTableRules.Malformed(Tables(("Race", [decimal.MaxValue])), NoClasses)["pointsBySessionType.Race"].ShouldBe(["points must be between 0 and 1000"]);
    }

    [Fact]
    public void A_class_table_for_a_session_type_without_an_overall_table_is_named()
    {
        var overall = new Dictionary<string, IReadOnlyList<decimal>> { ["Race"] = [25] };
        var classes = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<decimal>>>
        {
            ["Pro"] = new Dictionary<string, IReadOnlyList<decimal>> { ["RACE"] = [10], ["Qualifying"] = [5] },
        };

        Flat(PointsTableRules.ClassTablesWithoutOverall(overall, classes)).ShouldBe(
            [("classPoints.Pro.Qualifying", "pointsBySessionType has no 'Qualifying' table; a class table is for a session type the series scores, one of Race.")]);
    }

    private static IEnumerable<(string Field, string Problem)> Flat(Dictionary<string, string[]> problems) =>
        problems.SelectMany(p => p.Value.Select(problem => (p.Key, problem)));

    private static Dictionary<string, IReadOnlyList<decimal>?> Tables(params (string SessionType, decimal[]? Points)[] tables) =>
        tables.ToDictionary(t => t.SessionType, t => (IReadOnlyList<decimal>?)t.Points);
}
