using Motorsport.Regional.Training;

namespace Motorsport.UnitTests.Training;

/// <summary>
/// The one capacity rule the service reads in code: which change of an enrolment gives its seat back. Taking a seat is a
/// conditional UPDATE in SQL, proven against the database by the integration tests (a full session refuses, a cancellation
/// reopens it, five people asking for the last seat get one).
/// </summary>
public sealed class SessionCapacityTests
{
    public static TheoryData<EnrolmentStatus, EnrolmentStatus> EveryChange()
    {
        var changes = new TheoryData<EnrolmentStatus, EnrolmentStatus>();
        foreach (var from in Enum.GetValues<EnrolmentStatus>())
        {
            foreach (var to in Enum.GetValues<EnrolmentStatus>())
            {
                changes.Add(from, to);
            }
        }

        return changes;
    }

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void Only_cancelling_an_enrolment_that_held_a_seat_gives_the_seat_back(EnrolmentStatus from, EnrolmentStatus to) =>
        SessionCapacity.ReleasesSeat(from, to).ShouldBe(from != EnrolmentStatus.Cancelled && to == EnrolmentStatus.Cancelled);
}
