using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// Exceptions that are the client's doing become 4xx ProblemDetails, never a 500: an unreadable body (400, naming the
/// JSON path), a write that lost a race — a stale version or a unique key taken a moment earlier by another request (409).
/// </summary>
internal sealed class ClientErrorExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, field, rule) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                (StatusCodes.Status400BadRequest, FieldFromJsonPath(json.Path), "must be valid JSON of the expected type"),
            BadHttpRequestException bad => (bad.StatusCode, "request", bad.Message),
            DbUpdateConcurrencyException =>
                (StatusCodes.Status409Conflict, "version", "The resource was changed by someone else; reload it and apply your change to the current version."),
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } or SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } } =>
                (StatusCodes.Status409Conflict, "id", "A resource with the same unique key was created at the same moment."),
            _ => (0, null, null),
        };
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

    private static string FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
