using Motorsport.Regional.Training;

namespace Motorsport.UnitTests.Training;

public sealed class SessionDatesTests
{
    private static readonly DateOnly Start = new(2027, 3, 1);
    private static readonly DateOnly End = new(2027, 3, 3);

    [Fact]
    public void A_session_runs_forwards_and_for_at_most_sixty_days()
    {
        SessionDates.Invalid(Start, Start).ShouldBeNull();
        SessionDates.Invalid(Start, Start.AddDays(SessionDates.MaxDays - 1)).ShouldBeNull();
        SessionDates.Invalid(Start, Start.AddDays(SessionDates.MaxDays)).ShouldNotBeNull();
        SessionDates.Invalid(new DateOnly(2027, 1, 1), new DateOnly(2029, 12, 31)).ShouldNotBeNull();
        SessionDates.Invalid(End, Start).ShouldBe("must be on or after startDate");
    }

    [Theory]
    [InlineData(EnrolmentStatus.Attended)]
    [InlineData(EnrolmentStatus.Passed)]
    [InlineData(EnrolmentStatus.Failed)]
    public void Dates_stay_once_someone_attended_or_has_an_outcome(EnrolmentStatus onRecord)
    {
        EnrolmentStatus[] enrolments = [EnrolmentStatus.Confirmed, onRecord];

        SessionDates.MoveRefusal(Start, End, Start.AddDays(7), End.AddDays(7), enrolments)!.Value.Field.ShouldBe("startDate");
        SessionDates.MoveRefusal(Start, End, Start, End.AddDays(1), enrolments)!.Value.Field.ShouldBe("endDate");
    }

    [Fact]
    public void Dates_move_while_nobody_has_attended_and_unchanged_dates_are_no_move()
    {
        EnrolmentStatus[] open = [EnrolmentStatus.Requested, EnrolmentStatus.Confirmed, EnrolmentStatus.Cancelled];

        SessionDates.MoveRefusal(Start, End, Start.AddDays(7), End.AddDays(7), open).ShouldBeNull();
        SessionDates.MoveRefusal(Start, End, Start, End, [EnrolmentStatus.Passed]).ShouldBeNull();
    }
}
