using Motorsport.Regional.Results.Scoring;
using static Motorsport.UnitTests.Results.ResultsBuilders;

namespace Motorsport.UnitTests.Results;

public sealed class StandingsDeductionsTests
{
    private static readonly ScoringSettings Scoring = Settings(Short);

    [Fact]
    public void A_deduction_comes_off_the_competitors_points_before_ranking_and_is_shown()
    {
        var round = ScoringEngine.Score(Race(Finishers(1, 2, 3)), Scoring).InRound(1);

        var standings = StandingsCalculator.Calculate([round], Scoring, [new PointsDeduction("D1", Team: false, 5), new PointsDeduction("T2", Team: true, 6)]);

        standings.Overall.Rows.Select(r => (r.Position, r.CompetitorId, r.Points, r.Deducted)).ShouldBe([(1, "D2", 6m, 0m), (2, "D1", 5m, 5m), (3, "D3", 4m, 0m)]);
        standings.Teams.Rows.Select(r => (r.Position, r.CompetitorId, r.Points)).ShouldBe([(1, "T1", 10m), (2, "T3", 4m), (3, "T2", 0m)]);
    }

    [Fact]
    public void Guests_are_listed_only_when_asked_after_every_contender_without_a_position()
    {
        var round = ScoringEngine.Score(Race([Car(9, 1, guest: true), Car(1, 2), Car(2, 3)]), Scoring).InRound(1);

        StandingsCalculator.Calculate([round], Scoring).Overall.Rows.Select(r => r.CompetitorId).ShouldBe(["D1", "D2"]);
        var withGuests = StandingsCalculator.Calculate([round], Scoring, includeGuests: true).Overall.Rows;

        withGuests.Select(r => (r.Position, r.CompetitorId, r.Points, r.Guest)).ShouldBe([(1, "D1", 10m, false), (2, "D2", 6m, false), (null, "D9", 0m, true)]);
        withGuests[2].Results.ShouldHaveSingleItem().RoadPosition.ShouldBe(1);
        withGuests[0].Results.ShouldHaveSingleItem().RoadPosition.ShouldBe(2);
    }
}
