using Motorsport.Regional.Results;
using Motorsport.Regional.Results.Decisions;
using Motorsport.Regional.Results.Scoring;

namespace Motorsport.UnitTests.Results;

public sealed class DecisionRulesTests
{
    private static readonly Guid TeamA = Guid.NewGuid();
    private static readonly Guid Driver1 = Guid.NewGuid();

    /// <summary>Cars 1, 2, 3, 4 classified in that order on 12 laps, 2 seconds apart; car 5 retired.</summary>
    private static readonly IReadOnlyList<DecisionRow> Race =
    [
        new(1, ResultStatus.Classified, 1, 12, TimeSpan.FromSeconds(1500), [Driver1], TeamA),
        new(2, ResultStatus.Classified, 2, 12, TimeSpan.FromSeconds(1502), [Guid.NewGuid()], Guid.NewGuid()),
        new(3, ResultStatus.Classified, 3, 12, TimeSpan.FromSeconds(1504), [Guid.NewGuid()], Guid.NewGuid()),
        new(4, ResultStatus.Classified, 4, 11, TimeSpan.FromSeconds(1400), [Guid.NewGuid()], Guid.NewGuid()),
        new(5, ResultStatus.DNF, null, 6, null, [Guid.NewGuid()], Guid.NewGuid()),
    ];

    private static int sequence;

    private static RaceDecision Decision(DecisionKind kind, int? car = null, double? seconds = null, int? positions = null, Guid? revokes = null, string? reason = null) => new()
    {
        Id = Guid.NewGuid(),
        Sequence = ++sequence,
        Kind = kind,
        CarNumber = car,
        Penalty = seconds is { } s ? TimeSpan.FromSeconds(s) : null,
        Positions = positions,
        RevokesDecisionId = revokes,
        Reason = reason,
        DecidedBy = "steward",
    };

    private static IEnumerable<(int Car, ResultStatus Status, int? Position)> Apply(params RaceDecision[] decisions) =>
        DecisionRules.Apply(Race, decisions).OrderBy(r => r.Position ?? 99).ThenBy(r => r.CarNumber).Select(r => (r.CarNumber, r.Status, r.Position));

    [Fact]
    public void A_time_penalty_reranks_by_laps_then_total_time_with_penalties()
    {
        Apply(Decision(DecisionKind.TimePenalty, 1, seconds: 3)).ShouldBe(
        [
            (2, ResultStatus.Classified, 1), (1, ResultStatus.Classified, 2), (3, ResultStatus.Classified, 3), (4, ResultStatus.Classified, 4), (5, ResultStatus.DNF, null),
        ]);
        // A car a lap down stays behind however much time the others are given.
        Apply(Decision(DecisionKind.TimePenalty, 1, seconds: 600)).Select(r => r.Car).ShouldBe([2, 3, 1, 4, 5]);
    }

    [Fact]
    public void Penalties_add_up_and_a_revoked_one_no_longer_counts()
    {
        var first = Decision(DecisionKind.TimePenalty, 1, seconds: 1);
        var second = Decision(DecisionKind.TimePenalty, 1, seconds: 2);

        Apply(first).Select(r => r.Car).ShouldBe([1, 2, 3, 4, 5]);
        Apply(first, second).Select(r => r.Car).ShouldBe([2, 1, 3, 4, 5]);
        Apply(first, second, Decision(DecisionKind.Revocation, revokes: second.Id)).Select(r => r.Car).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public void Drops_and_disqualifications_apply_in_the_order_taken()
    {
        Apply(Decision(DecisionKind.PositionDrop, 1, positions: 2)).Select(r => r.Car).ShouldBe([2, 3, 1, 4, 5]);
        Apply(Decision(DecisionKind.PositionDrop, 1, positions: 10)).Select(r => r.Car).ShouldBe([2, 3, 4, 1, 5]);
        Apply(Decision(DecisionKind.Disqualification, 1)).ShouldBe(
        [
            (2, ResultStatus.Classified, 1), (3, ResultStatus.Classified, 2), (4, ResultStatus.Classified, 3), (1, ResultStatus.DSQ, null), (5, ResultStatus.DNF, null),
        ]);
        Apply(Decision(DecisionKind.PositionDrop, 2, positions: 1), Decision(DecisionKind.Exclusion, 3)).Select(r => r.Car).ShouldBe([1, 2, 4, 3, 5]);
    }

    [Fact]
    public void A_final_result_takes_a_decision_only_with_a_reason_and_a_pending_one_none()
    {
        DecisionRules.Check(Decision(DecisionKind.Disqualification, 1), SessionStatus.Final, Race, [])!.Rule.ShouldBe(DecisionRuleIds.FinalNeedsReason);
        DecisionRules.Check(Decision(DecisionKind.Disqualification, 1, reason: "Underweight"), SessionStatus.Final, Race, []).ShouldBeNull();
        DecisionRules.Check(Decision(DecisionKind.Disqualification, 1), SessionStatus.Provisional, Race, []).ShouldBeNull();
        DecisionRules.Check(Decision(DecisionKind.Disqualification, 1), SessionStatus.Pending, [], [])!.Rule.ShouldBe(DecisionRuleIds.NotClassified);
    }

    [Fact]
    public void Decisions_on_cars_that_cannot_take_them_are_refused_naming_the_rule()
    {
        DecisionRules.Check(Decision(DecisionKind.TimePenalty, 9, seconds: 5), SessionStatus.Provisional, Race, [])!.Rule.ShouldBe(DecisionRuleIds.CarNotInSession);
        DecisionRules.Check(Decision(DecisionKind.PositionDrop, 5, positions: 1), SessionStatus.Provisional, Race, [])!.Rule.ShouldBe(DecisionRuleIds.CarNotClassified);
        var disqualified = Decision(DecisionKind.Disqualification, 2);
        DecisionRules.Check(Decision(DecisionKind.Exclusion, 2), SessionStatus.Provisional, Race, [disqualified])!.Rule.ShouldBe(DecisionRuleIds.AlreadyDisqualified);
        IReadOnlyList<DecisionRow> untimed = [.. Race.Select(r => r.CarNumber == 3 ? r with { TotalTime = null } : r)];
        DecisionRules.Check(Decision(DecisionKind.TimePenalty, 1, seconds: 5), SessionStatus.Provisional, untimed, [])!.Message.ShouldContain("car 3");
    }

    [Fact]
    public void A_points_deduction_names_a_driver_or_team_of_the_session_and_a_revocation_an_unrevoked_decision()
    {
        var driver = new RaceDecision { Id = Guid.NewGuid(), Sequence = 1, Kind = DecisionKind.PointsDeduction, Points = 5, DriverId = Driver1, DecidedBy = "steward" };
        DecisionRules.Check(driver, SessionStatus.Provisional, Race, []).ShouldBeNull();
        DecisionRules.Check(new RaceDecision { Kind = DecisionKind.PointsDeduction, Points = 5, TeamId = TeamA, DecidedBy = "steward" }, SessionStatus.Provisional, Race, []).ShouldBeNull();
        DecisionRules.Check(new RaceDecision { Kind = DecisionKind.PointsDeduction, Points = 5, TeamId = Guid.NewGuid(), DecidedBy = "steward" }, SessionStatus.Provisional, Race, [])!
            .Rule.ShouldBe(DecisionRuleIds.NotInSession);

        var revocation = Decision(DecisionKind.Revocation, revokes: driver.Id);
        DecisionRules.Check(revocation, SessionStatus.Provisional, Race, [driver]).ShouldBeNull();
        DecisionRules.Check(Decision(DecisionKind.Revocation, revokes: driver.Id), SessionStatus.Provisional, Race, [driver, revocation])!.Rule.ShouldBe(DecisionRuleIds.NotRevocable);
        DecisionRules.Check(Decision(DecisionKind.Revocation, revokes: revocation.Id), SessionStatus.Provisional, Race, [driver, revocation])!.Rule.ShouldBe(DecisionRuleIds.NotRevocable);
        // Points deductions leave the classification as it is.
        Apply(driver).Select(r => r.Car).ShouldBe([1, 2, 3, 4, 5]);
    }
}
