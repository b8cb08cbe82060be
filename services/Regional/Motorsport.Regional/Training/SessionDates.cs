namespace Motorsport.Regional.Training;

/// <summary>How long a session may run, and when its dates are on record and no longer move.</summary>
public static class SessionDates
{
    /// <summary>
    /// The longest course headquarters offers lasts 60 days, so a session running longer (a three-year session of a three-day
    /// course) is a typing mistake. A shorter course may still be spread over weeks, so the course's own duration is no limit.
    /// </summary>
    public const int MaxDays = 60;

    /// <summary>Why a session cannot run from <paramref name="start"/> to <paramref name="end"/>, for <c>endDate</c>; <c>null</c> when it can.</summary>
    public static string? Invalid(DateOnly start, DateOnly end) =>
        end < start ? "must be on or after startDate"
        : end.DayNumber - start.DayNumber >= MaxDays ? $"a session lasts at most {MaxDays} days"
        : null;

    /// <summary>
    /// Why the session's dates cannot move to <paramref name="newStart"/>–<paramref name="newEnd"/>, naming the date field that
    /// moves; <c>null</c> when they can. Attendance is recorded from the first day and a certificate is dated the last, so once
    /// anyone has attended, passed or failed, moving the dates would contradict what is on record.
    /// </summary>
    public static (string Field, string Message)? MoveRefusal(
        DateOnly start, DateOnly end, DateOnly newStart, DateOnly newEnd, IEnumerable<EnrolmentStatus> enrolments)
    {
        var field = newStart != start ? "startDate" : newEnd != end ? "endDate" : null;
        var onRecord = enrolments.Count(s => s is EnrolmentStatus.Attended or EnrolmentStatus.Passed or EnrolmentStatus.Failed);
        return field is null || onRecord == 0
            ? null
            : (field, $"{onRecord} enrolment(s) of the session from {start:yyyy-MM-dd} to {end:yyyy-MM-dd} have attended or have an outcome; its dates stay.");
    }
}
