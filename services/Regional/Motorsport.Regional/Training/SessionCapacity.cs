namespace Motorsport.Regional.Training;

/// <summary>
/// Seats in a session: every enrolment holds one except a cancelled one. Attended, passed and failed people keep theirs,
/// since they sat in the room; only a cancellation gives a seat back. The service keeps the count in
/// <see cref="TrainingSession.SeatsTaken"/>, takes a seat with one conditional UPDATE and gives it back when
/// <see cref="ReleasesSeat"/> says so.
/// </summary>
public static class SessionCapacity
{
    /// <summary>Whether moving an enrolment from <paramref name="from"/> to <paramref name="to"/> gives its seat back.</summary>
    public static bool ReleasesSeat(EnrolmentStatus from, EnrolmentStatus to) => HoldsSeat(from) && !HoldsSeat(to);

    private static bool HoldsSeat(EnrolmentStatus status) => status != EnrolmentStatus.Cancelled;
}
