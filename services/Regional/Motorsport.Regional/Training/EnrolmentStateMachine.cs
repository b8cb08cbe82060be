namespace Motorsport.Regional.Training;

/// <summary>
/// The enrolment life cycle: Requested → Confirmed → Attended → Passed or Failed, and Cancelled from Requested or
/// Confirmed. Once someone has attended the outcome is a matter of record, so it can no longer be cancelled; Passed,
/// Failed and Cancelled are final.
/// </summary>
public static class EnrolmentStateMachine
{
    private static readonly IReadOnlyDictionary<EnrolmentStatus, EnrolmentStatus[]> Next = new Dictionary<EnrolmentStatus, EnrolmentStatus[]>
    {
        [EnrolmentStatus.Requested] = [EnrolmentStatus.Confirmed, EnrolmentStatus.Cancelled],
        [EnrolmentStatus.Confirmed] = [EnrolmentStatus.Attended, EnrolmentStatus.Cancelled],
        [EnrolmentStatus.Attended] = [EnrolmentStatus.Passed, EnrolmentStatus.Failed],
        [EnrolmentStatus.Passed] = [],
        [EnrolmentStatus.Failed] = [],
        [EnrolmentStatus.Cancelled] = [],
    };

    /// <summary>The statuses an enrolment can still leave: its person is still in training.</summary>
    public static readonly EnrolmentStatus[] Open = [.. Next.Where(status => status.Value.Length > 0).Select(status => status.Key).Order()];

    /// <summary>Why an enrolment cannot move from <paramref name="from"/> to <paramref name="to"/>; <c>null</c> when it can.</summary>
    public static string? Refusal(EnrolmentStatus from, EnrolmentStatus to)
    {
        var allowed = Next[from];
        if (allowed.Contains(to))
        {
            return null;
        }

        if (from == to)
        {
            return $"The enrolment is already {from}.";
        }

        return allowed.Length == 0
            ? $"A {from} enrolment is final; it cannot become {to}."
            : $"A {from} enrolment can only become {string.Join(" or ", allowed)}, not {to}.";
    }

    /// <summary>
    /// Why <paramref name="to"/> cannot be recorded yet on <paramref name="today"/> for a session held from
    /// <paramref name="start"/> to <paramref name="end"/>: attendance counts from the first day, an outcome from the last.
    /// <c>null</c> when it can; confirming and cancelling can happen on any day.
    /// </summary>
    public static TrainingRefusal? TooEarly(EnrolmentStatus to, DateOnly start, DateOnly end, DateOnly today) => to switch
    {
        EnrolmentStatus.Attended when today < start =>
            new(TrainingRules.SessionNotStarted, $"The session starts on {start:yyyy-MM-dd}; attendance can be recorded from then."),
        EnrolmentStatus.Passed or EnrolmentStatus.Failed when today < end =>
            new(TrainingRules.SessionNotFinished, $"The session ends on {end:yyyy-MM-dd}; its outcome can be recorded from then."),
        _ => null,
    };
}

/// <summary>A training rule's stable id and a sentence for people.</summary>
public sealed record TrainingRefusal(string Rule, string Message);
