using Motorsport.Regional.Teams;

namespace Motorsport.UnitTests.Teams;

public sealed class LicenceCoverageTests
{
    private static readonly OpenEventCars[] TwoCarsAtRound3 = [new("Round 2", 1), new("Round 3", 2)];

    [Fact]
    public void No_open_entries_need_no_licence() => LicenceCoverage.Uncovered([], []).ShouldBeNull();

    [Fact]
    public void Dropping_the_only_licence_under_open_entries_is_refused() =>
        LicenceCoverage.Uncovered([], [new("Round 2", 1)]).ShouldNotBeNull().ShouldContain("no licence");

    [Fact]
    public void The_event_with_most_cars_is_named_when_too_few_are_left() =>
        LicenceCoverage.Uncovered([1], TwoCarsAtRound3).ShouldNotBeNull().ShouldContain("Round 3");

    [Fact]
    public void Licences_left_add_up_per_event() => LicenceCoverage.Uncovered([1, 1], TwoCarsAtRound3).ShouldBeNull();

    [Fact]
    public void Exactly_enough_cars_left_is_fine() => LicenceCoverage.Uncovered([2], TwoCarsAtRound3).ShouldBeNull();
}
