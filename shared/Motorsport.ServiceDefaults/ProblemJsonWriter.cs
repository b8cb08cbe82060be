using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// Errors do not depend on <c>Accept</c>: ASP.NET Core's writer declines a client that does not accept JSON (a browser's
/// <c>text/html</c>), which left a 401/403/404 as plain text and a validation problem without status or trace id. This
/// writer, consulted after it, writes those as the same <c>application/problem+json</c> every other client gets.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> problemOptions, IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        problemOptions.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, jsonOptions.Value.SerializerOptions.GetTypeInfo(problem.GetType()), "application/problem+json", http.RequestAborted));
    }
}
