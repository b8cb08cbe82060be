using Motorsport.Regional.Training;

namespace Motorsport.UnitTests.Training;

public sealed class SessionCapacityTests
{
    [Theory]
    [InlineData(EnrolmentStatus.Requested, true)]
    [InlineData(EnrolmentStatus.Confirmed, true)]
    [InlineData(EnrolmentStatus.Attended, true)]
    [InlineData(EnrolmentStatus.Passed, true)]
    [InlineData(EnrolmentStatus.Failed, true)]
    [InlineData(EnrolmentStatus.Cancelled, false)]
    public void Every_status_but_cancelled_holds_a_seat(EnrolmentStatus status, bool holdsSeat) =>
        SessionCapacity.HoldsSeat(status).ShouldBe(holdsSeat);

    [Fact]
    public void Cancelled_enrolments_are_not_counted()
    {
        EnrolmentStatus[] enrolments = [EnrolmentStatus.Requested, EnrolmentStatus.Cancelled, EnrolmentStatus.Passed, EnrolmentStatus.Cancelled, EnrolmentStatus.Failed];

        SessionCapacity.SeatsTaken(enrolments).ShouldBe(3);
    }

    [Fact]
    public void An_empty_session_has_a_seat() => SessionCapacity.HasSeatFor(1, []).ShouldBeTrue();

    [Fact]
    public void The_last_seat_can_be_taken()
    {
        EnrolmentStatus[] enrolments = [EnrolmentStatus.Confirmed, EnrolmentStatus.Requested, EnrolmentStatus.Attended];

        SessionCapacity.HasSeatFor(4, enrolments).ShouldBeTrue();
    }

    [Fact]
    public void A_full_session_refuses_one_more()
    {
        EnrolmentStatus[] enrolments = [EnrolmentStatus.Confirmed, EnrolmentStatus.Requested, EnrolmentStatus.Attended, EnrolmentStatus.Failed];

        SessionCapacity.HasSeatFor(4, enrolments).ShouldBeFalse();
    }

    [Fact]
    public void A_cancellation_gives_the_seat_back()
    {
        EnrolmentStatus[] enrolments = [EnrolmentStatus.Confirmed, EnrolmentStatus.Requested, EnrolmentStatus.Attended, EnrolmentStatus.Cancelled];

        SessionCapacity.HasSeatFor(4, enrolments).ShouldBeTrue();
    }

    [Fact]
    public void A_session_over_capacity_after_the_capacity_was_lowered_still_refuses() =>
        SessionCapacity.HasSeatFor(2, [EnrolmentStatus.Confirmed, EnrolmentStatus.Confirmed, EnrolmentStatus.Confirmed]).ShouldBeFalse();

    [Theory]
    [InlineData(EnrolmentStatus.Requested, EnrolmentStatus.Cancelled, true)]
    [InlineData(EnrolmentStatus.Confirmed, EnrolmentStatus.Cancelled, true)]
    [InlineData(EnrolmentStatus.Requested, EnrolmentStatus.Confirmed, false)]
    [InlineData(EnrolmentStatus.Attended, EnrolmentStatus.Failed, false)]
    [InlineData(EnrolmentStatus.Attended, EnrolmentStatus.Passed, false)]
    public void Only_a_cancellation_gives_a_seat_back(EnrolmentStatus from, EnrolmentStatus to, bool releases) =>
        SessionCapacity.ReleasesSeat(from, to).ShouldBe(releases);
}
