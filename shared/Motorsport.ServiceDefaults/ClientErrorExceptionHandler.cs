using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Motorsport.ServiceDefaults;

/// <summary>
/// Exceptions that are the client's doing become 4xx ProblemDetails, never a 500: an unreadable body (400, naming the
/// JSON path), a query or route value that does not parse (400, naming the parameter), a missing body or a broken form
/// (400). Database mistakes (a write that lost a race) are Motorsport.Data's, on the same <see cref="ClientMistakeHandler"/>.
/// </summary>
internal sealed partial class ClientErrorExceptionHandler(IProblemDetailsService problemDetails) : ClientMistakeHandler(problemDetails)
{
    protected override (int Status, string? Field, string? Rule) Classify(Exception exception) =>
        exception switch
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
            _ => (0, null, null),
        };

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
