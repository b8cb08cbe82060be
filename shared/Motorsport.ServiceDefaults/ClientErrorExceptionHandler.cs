using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// Exceptions that are the client's doing become 4xx ProblemDetails, never a 500: an unreadable body (400, naming the
/// JSON path), a query or route value that does not parse (400, naming the parameter), a missing body or a broken form
/// (400), a write that lost a race — a stale version or a unique key taken a moment earlier by another request (409).
/// </summary>
internal sealed partial class ClientErrorExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, field, rule) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                (StatusCodes.Status400BadRequest, FieldFromJsonPath(json.Path), JsonRule(json)),
            BadHttpRequestException bad when UnboundParameter().Match(bad.Message) is { Success: true } unbound =>
                (StatusCodes.Status400BadRequest, JsonNamingPolicy.CamelCase.ConvertName(unbound.Groups["name"].Value), $"'{Shortened(unbound.Groups["value"].Value)}' is not a valid value"),
            BadHttpRequestException bad when bad.Message.Contains("no body was provided", StringComparison.Ordinal)
                || bad.Message.Contains("was not provided from body", StringComparison.Ordinal) =>
                (StatusCodes.Status400BadRequest, "body", "A JSON body is required."),
            BadHttpRequestException bad => (bad.StatusCode, "request", bad.Message),
            InvalidDataException => (StatusCodes.Status400BadRequest, "body", "must be a well-formed multipart/form-data body"),
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

    // ASP.NET Core's wording for a query, route or header value its binder could not parse: Failed to bind parameter "Guid id" from "zzz".
    [GeneratedRegex("""^Failed to bind parameter "(?:.* )?(?<name>\w+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex UnboundParameter();

    private static string JsonRule(JsonException json) =>
        json.Message.StartsWith(NoControlCharactersConverter.Rule, StringComparison.Ordinal) ? NoControlCharactersConverter.Rule
        : json.Message.StartsWith("Duplicate", StringComparison.Ordinal) ? "must appear only once"
        : "must be valid JSON of the expected type";

    private static string Shortened(string value) => value.Length <= 60 ? value : $"{value[..60]}…";

    private static string FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
