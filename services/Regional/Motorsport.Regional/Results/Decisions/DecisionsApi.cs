using System.Security.Claims;

namespace Motorsport.Regional.Results.Decisions;

/// <summary>Race control's decisions on a session, checked by <see cref="DecisionRules"/> and saved by <see cref="ResultsStore"/>.</summary>
public static partial class DecisionsApi
{
    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder region)
    {
        region.MapGroup("/events/{eventId}/sessions").WithTags("Results").MapPost("/{sessionId}/decisions", Decide).WithSummary("Record a race-control decision on the session");
        return region;
    }

    /// <summary>
    /// One of race control's decisions, recorded with the token's subject and the time; the session's classification and
    /// the season's standings follow at once. Checked by <see cref="DecisionRules"/>.
    /// </summary>
    private static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> Decide(
        Guid eventId, Guid sessionId, DecisionRequest request, ResultsStore store, [AsParameters] RegionalServices services, ILogger<RaceSession> logger)
    {
        var cancellationToken = services.Aborted;
        if (request.Malformed() is { Count: > 0 } malformed)
        {
            return ResultsProblems.Invalid(malformed);
        }

        var (racingEvent, session) = await store.FindSessionAsync(eventId, sessionId, tracked: true, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return ResultsProblems.SessionNotFound(sessionId);
        }

        if (services.Precondition(request).Refusal(session.Version) is { } refused)
        {
            return refused;
        }

        var now = services.Time.GetUtcNow();
        var decision = request.ToDecision(
            Guid.CreateVersion7(now), session.Id, session.Decisions.Count + 1, services.Http.User.FindFirstValue(Motorsport.ServiceDefaults.Security.ClaimTypes.Subject) ?? "unknown", now.UtcDateTime);
        if (DecisionRules.Check(decision, session.Status, SeasonResults.Rows(session), session.Decisions) is { } rejection)
        {
            return ApiProblem.Unprocessable(rejection.Field, rejection.Message, rejection.Rule);
        }

        var season = await store.SaveDecisionAsync(racingEvent, session, decision, cancellationToken);
        LogDecided(logger, decision.Kind, session.Name, racingEvent.Name, decision.DecidedBy);
        services.Response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session, season.Score(session), (await store.EnteredAsync(session.EventId, cancellationToken)).Keys));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Race control decided a {Kind} on {SessionName} at {EventName} ({DecidedBy})")]
    private static partial void LogDecided(ILogger logger, DecisionKind kind, string sessionName, string eventName, string decidedBy);
}
