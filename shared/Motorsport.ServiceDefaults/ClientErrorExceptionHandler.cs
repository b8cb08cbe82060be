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
            BadHttpRequestException { InnerException: JsonException json } when UnmappedProperty().Match(json.Message) is { Success: true } unmapped =>
                (StatusCodes.Status400BadRequest, UnknownField(json.Path, unmapped.Groups["name"].Value), "is not a field of this request"),
            BadHttpRequestException { InnerException: JsonException json } =>
                (StatusCodes.Status400BadRequest, FieldFromJsonPath(json.Path), JsonRule(json)),
            BadHttpRequestException bad when UnboundParameter().Match(bad.Message) is { Success: true } unbound =>
                (StatusCodes.Status400BadRequest, JsonNamingPolicy.CamelCase.ConvertName(unbound.Groups["name"].Value), $"'{Shortened(unbound.Groups["value"].Value)}' is not a valid value"),
            BadHttpRequestException bad when bad.Message.Contains("no body was provided", StringComparison.Ordinal)
                || bad.Message.Contains("was not provided from body", StringComparison.Ordinal) =>
                (StatusCodes.Status400BadRequest, "body", "A JSON body is required."),
            BadHttpRequestException bad => (bad.StatusCode, "request", bad.Message),
            InvalidDataException => (StatusCodes.Status400BadRequest, "body", MultipartRule),
            // A multipart body that ends before its closing boundary: the form reader's IOException, not a failing disk or socket.
            IOException { Message: var message } when message.StartsWith("Unexpected end of Stream", StringComparison.Ordinal) =>
                (StatusCodes.Status400BadRequest, "body", MultipartRule),
            _ => (0, null, null),
        };

    private const string MultipartRule = "must be a well-formed multipart/form-data body";

    // ASP.NET Core's wording for a query, route or header value its binder could not parse: Failed to bind parameter "Guid id" from "zzz".
    [GeneratedRegex("""^Failed to bind parameter "(?:.* )?(?<name>\w+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex UnboundParameter();

    // System.Text.Json's wording for a property the target type lacks (UnmappedMemberHandling.Disallow).
    [GeneratedRegex("""^The JSON property '(?<name>.*)' could not be mapped to any \.NET member""", RegexOptions.Singleline)]
    private static partial Regex UnmappedProperty();

    /// <summary>The unknown property's path: the reader's path when it already names the property, else the property under it.</summary>
    private static string UnknownField(string? path, string name)
    {
        var field = FieldFromJsonPath(path);
        return field == name || field.EndsWith($".{name}", StringComparison.Ordinal) || field.EndsWith($"['{name}']", StringComparison.Ordinal)
            ? field
            : field == "body" ? name : $"{field}.{name}";
    }

    private static string JsonRule(JsonException json) =>
        json.Message.StartsWith(NoControlCharactersConverter.Rule, StringComparison.Ordinal) ? NoControlCharactersConverter.Rule
        : json.Message.StartsWith(NoControlCharactersConverter.BidiRule, StringComparison.Ordinal) ? NoControlCharactersConverter.BidiRule
        : json.Message.StartsWith("Duplicate", StringComparison.Ordinal) ? "must appear only once"
        : "must be valid JSON of the expected type";

    private static string Shortened(string value) => value.Length <= 60 ? value : $"{value[..60]}…";

    private static string FieldFromJsonPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');
}
