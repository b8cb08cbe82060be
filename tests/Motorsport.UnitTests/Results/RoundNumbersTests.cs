using Motorsport.Regional.Results.Scoring;

namespace Motorsport.UnitTests.Results;

public sealed class RoundNumbersTests
{
    [Fact]
    public void Distinct_rounds_from_1_to_200_are_usable()
    {
        RoundNumbers.Problem([]).ShouldBeNull();
        RoundNumbers.Problem([1, 6, 200]).ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(201)]
    [InlineData(int.MaxValue)]
    public void A_round_outside_1_to_200_is_named(int round)
    {
        RoundNumbers.Problem([3, round]).ShouldBe($"round {round} is not a round number; rounds must be between 1 and 200");
    }

    [Fact]
    public void A_round_named_twice_is_named()
    {
        RoundNumbers.Problem([3, 6, 3]).ShouldBe("names round 3 more than once");
    }
}
