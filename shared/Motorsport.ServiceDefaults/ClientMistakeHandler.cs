using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Motorsport.ServiceDefaults;

/// <summary>An exception that is the client's doing leaves as a ProblemDetails naming the field and the rule, never a 500.</summary>
public abstract class ClientMistakeHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    /// <summary>The status, field and rule for <paramref name="exception"/>, or a null field when it is not a client mistake.</summary>
    protected abstract (int Status, string? Field, string? Rule) Classify(Exception exception);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, field, rule) = Classify(exception);
        if (field is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Title = status == StatusCodes.Status409Conflict ? "Conflict" : "Bad request",
                Detail = rule,
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [rule!] } },
            },
        });
    }
}
