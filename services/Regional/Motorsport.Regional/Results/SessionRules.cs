using Motorsport.Contracts.Regional;
using Motorsport.Regional.Events;

namespace Motorsport.Regional.Results;

/// <summary>Stable ids of the results rules a 422 names in <c>rule</c>.</summary>
public static class ResultsRules
{
    public const string ClassificationRejected = "classification-rejected";
    public const string NoScoringSettings = "no-scoring-settings";
    public const string InvalidScoringSettings = "invalid-scoring-settings";
    public const string UnknownSessionType = "unknown-session-type";
    public const string EventCancelled = "event-cancelled";
    public const string FinalNeedsCorrectionReason = "final-needs-correction-reason";
    public const string CorrectionReasonNeedsFinal = "correction-reason-needs-final";
    public const string EventNotStarted = "event-not-started";
    public const string EventHasResults = "event-has-results";
    public const string EntryHasResults = "entry-has-results";
}

/// <summary>A refusal: 409 for a state conflict, otherwise 422 naming <see cref="Rule"/>.</summary>
public sealed record SessionRejection(string Field, string Message, string? Rule, bool Conflict = false);

/// <summary>
/// When a session takes a classification or is finalised: results are of sessions that have run, so from the event's
/// first day at the circuit, never of a cancelled event; a final result changes only as a correction with a reason.
/// </summary>
public static class SessionRules
{
    public static SessionRejection? CanImport(RacingEvent racingEvent, RaceSession session, string? correctionReason, DateTimeOffset now)
    {
        if (racingEvent.Status == EventStatus.Cancelled)
        {
            return new("eventId", $"Event '{racingEvent.Name}' is cancelled; it has no results.", ResultsRules.EventCancelled);
        }

        if (NotStarted(racingEvent, now) is { } notStarted)
        {
            return notStarted;
        }

        if (session.Status == SessionStatus.Final && string.IsNullOrWhiteSpace(correctionReason))
        {
            return new("correctionReason", $"Session '{session.Name}' is final; a new classification is a correction and needs a reason.", ResultsRules.FinalNeedsCorrectionReason);
        }

        // A reason is only ever stored on a final result; silently dropping one would hide that it was not recorded.
        return session.Status != SessionStatus.Final && correctionReason is not null
            ? new("correctionReason", $"Session '{session.Name}' is {session.Status}, not final; only a correction of a final result takes a reason.", ResultsRules.CorrectionReasonNeedsFinal)
            : null;
    }

    public static SessionRejection? CanFinalise(RacingEvent racingEvent, RaceSession session, DateTimeOffset now)
    {
        // Before the session's state: whatever it is, an event that has not begun has nothing to finalise.
        if (NotStarted(racingEvent, now) is { } notStarted)
        {
            return notStarted;
        }

        if (session.Status != SessionStatus.Provisional)
        {
            return new("status", $"Session '{session.Name}' is {session.Status}; only a provisional result is finalised.", null, Conflict: true);
        }

        return racingEvent.Status == EventStatus.Cancelled
            ? new("eventId", $"Event '{racingEvent.Name}' is cancelled; its results no longer count.", ResultsRules.EventCancelled)
            : null;
    }

    private static SessionRejection? NotStarted(RacingEvent racingEvent, DateTimeOffset now) =>
        EventSchedule.HasStarted(racingEvent.StartDate, now, EventSchedule.CircuitZone(racingEvent.TimeZone))
            ? null
            : new("eventId", $"Event '{racingEvent.Name}' starts on {racingEvent.StartDate:yyyy-MM-dd} ({racingEvent.TimeZone}); its results are taken from then.", ResultsRules.EventNotStarted);
}
