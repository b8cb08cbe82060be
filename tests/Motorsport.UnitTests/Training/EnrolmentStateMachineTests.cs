using Motorsport.Regional.Training;

namespace Motorsport.UnitTests.Training;

/// <summary>Every pair of statuses, legal or not, is decided here: the legal ones listed, all the rest refused with a reason.</summary>
public sealed class EnrolmentStateMachineTests
{
    private static readonly (EnrolmentStatus From, EnrolmentStatus To)[] Legal =
    [
        (EnrolmentStatus.Requested, EnrolmentStatus.Confirmed),
        (EnrolmentStatus.Requested, EnrolmentStatus.Cancelled),
        (EnrolmentStatus.Confirmed, EnrolmentStatus.Attended),
        (EnrolmentStatus.Confirmed, EnrolmentStatus.Cancelled),
        (EnrolmentStatus.Attended, EnrolmentStatus.Passed),
        (EnrolmentStatus.Attended, EnrolmentStatus.Failed),
    ];

    public static TheoryData<EnrolmentStatus, EnrolmentStatus> LegalTransitions()
    {
        var data = new TheoryData<EnrolmentStatus, EnrolmentStatus>();
        foreach (var (from, to) in Legal)
        {
            data.Add(from, to);
        }

        return data;
    }

    public static TheoryData<EnrolmentStatus, EnrolmentStatus> IllegalTransitions()
    {
        var data = new TheoryData<EnrolmentStatus, EnrolmentStatus>();
        foreach (var from in Enum.GetValues<EnrolmentStatus>())
        {
            foreach (var to in Enum.GetValues<EnrolmentStatus>().Where(to => !Legal.Contains((from, to))))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void A_legal_transition_is_allowed(EnrolmentStatus from, EnrolmentStatus to) =>
        EnrolmentStateMachine.Refusal(from, to).ShouldBeNull();

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Every_other_transition_is_refused_with_a_reason_naming_both_ends(EnrolmentStatus from, EnrolmentStatus to)
    {
        var reason = EnrolmentStateMachine.Refusal(from, to);

        reason.ShouldNotBeNull();
        reason.ShouldContain(from.ToString());
        reason.ShouldContain(to.ToString());
    }

    [Fact]
    public void The_illegal_set_is_everything_but_the_six_legal_moves() =>
        IllegalTransitions().Count.ShouldBe((Enum.GetValues<EnrolmentStatus>().Length * Enum.GetValues<EnrolmentStatus>().Length) - Legal.Length);

    [Theory]
    [InlineData(EnrolmentStatus.Passed)]
    [InlineData(EnrolmentStatus.Failed)]
    [InlineData(EnrolmentStatus.Cancelled)]
    public void A_final_status_says_it_is_final(EnrolmentStatus final) =>
        EnrolmentStateMachine.Refusal(final, EnrolmentStatus.Confirmed)!.ShouldContain("final");

    [Fact]
    public void An_attended_enrolment_cannot_be_cancelled_and_the_reason_lists_what_it_can_become()
    {
        var reason = EnrolmentStateMachine.Refusal(EnrolmentStatus.Attended, EnrolmentStatus.Cancelled)!;

        reason.ShouldContain("Passed or Failed");
    }

    [Fact]
    public void Skipping_confirmation_is_refused() =>
        EnrolmentStateMachine.Refusal(EnrolmentStatus.Requested, EnrolmentStatus.Attended)!.ShouldContain("Confirmed or Cancelled");

    [Fact]
    public void Moving_to_the_same_status_says_it_is_already_there() =>
        EnrolmentStateMachine.Refusal(EnrolmentStatus.Confirmed, EnrolmentStatus.Confirmed).ShouldBe("The enrolment is already Confirmed.");

    /// <summary>A session held 8–10 February 2027: attendance from the first day, an outcome from the last.</summary>
    [Theory]
    [InlineData(EnrolmentStatus.Attended, "2027-02-07", TrainingRules.SessionNotStarted)]
    [InlineData(EnrolmentStatus.Attended, "2027-02-08", null)]
    [InlineData(EnrolmentStatus.Passed, "2027-02-09", TrainingRules.SessionNotFinished)]
    [InlineData(EnrolmentStatus.Passed, "2027-02-10", null)]
    [InlineData(EnrolmentStatus.Failed, "2027-02-09", TrainingRules.SessionNotFinished)]
    [InlineData(EnrolmentStatus.Failed, "2027-03-01", null)]
    [InlineData(EnrolmentStatus.Confirmed, "2026-12-01", null)]
    [InlineData(EnrolmentStatus.Cancelled, "2026-12-01", null)]
    public void Attendance_and_outcomes_wait_for_the_session_s_dates(EnrolmentStatus to, string today, string? rule) =>
        (EnrolmentStateMachine.TooEarly(to, new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 10), DateOnly.Parse(today))?.Rule).ShouldBe(rule);

    [Fact]
    public void An_enrolment_is_open_until_it_is_cancelled_or_decided() =>
        EnrolmentStateMachine.Open.ShouldBe([EnrolmentStatus.Requested, EnrolmentStatus.Confirmed, EnrolmentStatus.Attended]);
}
