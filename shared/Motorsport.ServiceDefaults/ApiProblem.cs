using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// Client mistakes in one shape: every problem carries <c>errors</c>, a map from the offending field to the rule it broke,
/// the same shape ASP.NET Core's own validation uses for 400.
/// </summary>
public static class ApiProblem
{
    public static ValidationProblem Invalid(string field, string rule) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [rule] });

    /// <summary>A 400 among problems of other statuses, where a <see cref="ValidationProblem"/> does not fit the result type; the same shape.</summary>
    public static ProblemHttpResult BadRequest(string field, string rule) =>
        Problem(StatusCodes.Status400BadRequest, "One or more validation errors occurred.", field, rule);

    public static ProblemHttpResult NotFound(string field, string rule) => Problem(StatusCodes.Status404NotFound, "Not found", field, rule);

    public static ProblemHttpResult Conflict(string field, string rule) => Problem(StatusCodes.Status409Conflict, "Conflict", field, rule);

    public static ProblemHttpResult Conflict(string field, string message, string ruleId) => WithRule(Conflict(field, message), ruleId);

    public static ProblemHttpResult PreconditionFailed(string field, string message, string ruleId) =>
        WithRule(Problem(StatusCodes.Status412PreconditionFailed, "Precondition failed", field, message), ruleId);

    public static ProblemHttpResult Unprocessable(string field, string rule) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "The request breaks a rule", field, rule);

    /// <summary>A 422 that also carries the broken business rule's stable id in <c>rule</c>, for clients to branch on.</summary>
    public static ProblemHttpResult Unprocessable(string field, string message, string ruleId) => WithRule(Unprocessable(field, message), ruleId);

    public static ProblemHttpResult TooManyRequests(string field, string rule) => Problem(StatusCodes.Status429TooManyRequests, "Too many requests", field, rule);

    private static ProblemHttpResult WithRule(ProblemHttpResult problem, string ruleId)
    {
        problem.ProblemDetails.Extensions["rule"] = ruleId;
        return problem;
    }

    private static ProblemHttpResult Problem(int status, string title, string field, string rule) =>
        TypedResults.Problem(
            statusCode: status,
            title: title,
            detail: rule,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [rule] } });
}
