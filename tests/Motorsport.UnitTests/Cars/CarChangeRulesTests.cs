using Motorsport.Regional.Cars;

namespace Motorsport.UnitTests.Cars;

public sealed class CarChangeRulesTests
{
    private static readonly Guid Team = Guid.NewGuid();
    private static readonly Guid OtherTeam = Guid.NewGuid();
    private static readonly OpenCarEntry[] OpenEntry = [new("Round 3 Red Bull Ring", 23)];

    private static CarChange Change(Guid toTeam, string toModel = "992-GT3-CUP") => new("WP0ZZZ99ZPS100001", Team, toTeam, "992-GT3-CUP", toModel);

    [Fact]
    public void A_car_in_an_open_entry_keeps_its_team()
    {
        var rejection = CarChangeRules.Check(Change(OtherTeam), OpenEntry);

        rejection.ShouldNotBeNull();
        rejection.Field.ShouldBe("teamId");
        rejection.Message.ShouldContain("#23 at Round 3 Red Bull Ring");
    }

    [Fact]
    public void A_car_in_an_open_entry_keeps_its_model() =>
        CarChangeRules.Check(Change(Team, "991-GT3-CUP"), OpenEntry).ShouldNotBeNull().Field.ShouldBe("carModelCode");

    [Fact]
    public void The_team_is_named_first_when_both_change() =>
        CarChangeRules.Check(Change(OtherTeam, "991-GT3-CUP"), OpenEntry).ShouldNotBeNull().Field.ShouldBe("teamId");

    [Fact]
    public void A_car_in_an_open_entry_may_be_saved_unchanged() => CarChangeRules.Check(Change(Team), OpenEntry).ShouldBeNull();

    [Fact]
    public void A_car_without_open_entries_may_be_sold_and_corrected() => CarChangeRules.Check(Change(OtherTeam, "991-GT3-CUP"), []).ShouldBeNull();
}
