using Microsoft.AspNetCore.Http.HttpResults;
using Motorsport.Regional.Results.Import;
using Motorsport.ServiceDefaults;

namespace Motorsport.Regional.Results;

/// <summary>The results endpoints' problem answers, one shape for each.</summary>
internal static class ResultsProblems
{
    /// <summary>A refusal lists this many problems at most: a wrong export of thousands of lines would otherwise answer with megabytes.</summary>
    private const int MaxListedProblems = 100;

    /// <summary>
    /// A refused file: <c>errors</c> keyed by line (<c>line 7</c>), and <c>lines</c> listing each line and reason in file
    /// order for clients that show them as a list.
    /// </summary>
    /// <param name="notEntered">Car numbers given in the query but not entered, by query parameter (<c>pole</c>, <c>guest</c>).</param>
    public static ProblemHttpResult Rejected(IReadOnlyList<TimingError> errors, IReadOnlyDictionary<string, int[]> notEntered)
    {
        // The query's few problems come first so that a long file cannot push them out of the listed ones.
        var problems = notEntered.Where(n => n.Value.Length > 0)
            .Select(n => (Key: n.Key, Reason: n.Value.Length == 1
                ? $"Car number {n.Value[0]} is not entered in this event."
                : $"Car numbers {string.Join(", ", n.Value)} are not entered in this event."))
            .Concat(errors.Select(e => (Key: $"line {e.Line}", e.Reason)))
            .ToList();
        var problem = Unprocessable(FirstProblems(problems), ResultsRules.ClassificationRejected, Refused(problems.Count));
        problem.ProblemDetails.Extensions["lines"] = errors.Take(MaxListedProblems).Select(e => new { line = e.Line, reason = e.Reason }).ToList();
        return problem;
    }

    /// <summary>The first <see cref="MaxListedProblems"/> problems, grouped by key in the order they came.</summary>
    private static Dictionary<string, string[]> FirstProblems(IEnumerable<(string Key, string Reason)> problems) =>
        problems.Take(MaxListedProblems).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Reason).ToArray());

    private static string Refused(int problems) =>
        problems > MaxListedProblems
            ? $"The classification was refused ({problems} problems, the first {MaxListedProblems} listed); nothing was stored."
            : $"The classification was refused ({problems} problems); nothing was stored.";

    /// <summary>
    /// A 400 for malformed input whose error keys hold the client's own keys (<c>classPoints.Pro-Am.Race</c>): a
    /// <see cref="ValidationProblem"/> would have them camel-cased like property names.
    /// </summary>
    public static ProblemHttpResult Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "One or more validation errors occurred.",
            extensions: new Dictionary<string, object?> { ["errors"] = errors });

    public static ProblemHttpResult Unprocessable(Dictionary<string, string[]> errors, string rule, string detail) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The request breaks a rule",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = errors, ["rule"] = rule });

    public static ProblemHttpResult Problem(SessionRejection rejection) =>
        rejection.Conflict ? ApiProblem.Conflict(rejection.Field, rejection.Message) : ApiProblem.Unprocessable(rejection.Field, rejection.Message, rejection.Rule!);

    public static ProblemHttpResult EventNotFound(Guid eventId) => ApiProblem.NotFound("eventId", $"No event has id '{eventId}'.");

    public static ProblemHttpResult SessionNotFound(Guid sessionId) => ApiProblem.NotFound("sessionId", $"The event has no session '{sessionId}'.");

    /// <summary>A classification sent as JSON refused: <c>errors</c> keyed by <c>rows[i]</c>.</summary>
    public static ProblemHttpResult RowsRejected(IReadOnlyList<(string Key, string Reason)> problems) =>
        Unprocessable(FirstProblems(problems), ResultsRules.ClassificationRejected, Refused(problems.Count));
}
