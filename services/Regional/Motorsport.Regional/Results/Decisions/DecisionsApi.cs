using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Motorsport.Data;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Results.Decisions;

/// <summary>Race control's decisions on a session, checked by <see cref="DecisionRules"/> and saved by <see cref="ResultsStore"/>.</summary>
public static partial class DecisionsApi
{
    private const string LoggerName = "Motorsport.Regional.Results";

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
        Guid eventId, Guid sessionId, DecisionRequest request, ResultsStore store, TimeProvider time, ClaimsPrincipal user, ILoggerFactory loggers,
        HttpResponse response, CancellationToken cancellationToken)
    {
        if (request.Malformed() is { Count: > 0 } malformed)
        {
            return ResultsProblems.Invalid(malformed);
        }

        var (racingEvent, session) = await store.FindSessionAsync(eventId, sessionId, tracked: true, cancellationToken);
        if (racingEvent is null || session is null)
        {
            return ResultsProblems.SessionNotFound(sessionId);
        }

        if (session.Version != request.Version)
        {
            return Versioning.Stale(request.Version!.Value, session.Version);
        }

        var now = time.GetUtcNow();
        var decision = request.ToDecision(
            Guid.CreateVersion7(now), session.Id, session.Decisions.Count + 1, user.FindFirstValue(Motorsport.ServiceDefaults.Security.ClaimTypes.Subject) ?? "unknown", now.UtcDateTime);
        if (DecisionRules.Check(decision, session.Status, SeasonResults.Rows(session), session.Decisions) is { } rejection)
        {
            return ApiProblem.Unprocessable(rejection.Field, rejection.Message, rejection.Rule);
        }

        var season = await store.SaveDecisionAsync(racingEvent, session, decision, cancellationToken);
        LogDecided(loggers.CreateLogger(LoggerName), decision.Kind, session.Name, racingEvent.Name, decision.DecidedBy);
        response.SetVersion(session.Version);
        return TypedResults.Ok(SessionResponse.From(session, season.Score(session), (await store.EnteredAsync(session.EventId, cancellationToken)).Keys));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Race control decided a {Kind} on {SessionName} at {EventName} ({DecidedBy})")]
    private static partial void LogDecided(ILogger logger, DecisionKind kind, string sessionName, string eventName, string decidedBy);
}
