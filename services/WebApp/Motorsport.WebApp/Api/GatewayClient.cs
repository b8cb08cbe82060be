using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Motorsport.WebApp.Api;

/// <summary>
/// Calls to the gateway and their answers: a value, or an <see cref="ApiProblem"/> in words. The typed clients of each API
/// build on it; nothing above them sees a status code or a raw body.
/// </summary>
public abstract class GatewayClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    protected Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    protected Task<ApiResult<T>> SendJsonAsync<T>(HttpMethod method, string path, object body, CancellationToken cancellationToken) =>
        SendAsync<T>(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body, options: Json) }, cancellationToken);

    protected Task<ApiResult<T>> SendContentAsync<T>(HttpMethod method, string path, HttpContent content, CancellationToken cancellationToken) =>
        SendAsync<T>(new HttpRequestMessage(method, path) { Content = content }, cancellationToken);

    protected static string Query(params (string Name, object? Value)[] parameters) =>
        string.Join('&', parameters.Where(p => p.Value is not null and not "")
            .Select(p => $"{p.Name}={Uri.EscapeDataString(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture)!)}"));

    private async Task<ApiResult<T>> SendAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException)
            {
                return Failed<T>(new ApiProblem(0, "The platform cannot be reached right now. Try again in a moment.", Empty, null, []));
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    var value = response.StatusCode == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                    return new ApiResult<T>(value, null);
                }

                return Failed<T>(await ProblemOf(response, cancellationToken));
            }
        }
    }

    private static ApiResult<T> Failed<T>(ApiProblem problem) => new(default, problem);

    private static readonly IReadOnlyDictionary<string, string[]> Empty = new Dictionary<string, string[]>();

    private sealed record ProblemBody(string? Title, string? Detail, Dictionary<string, string[]>? Errors, string? Rule, List<ImportLine>? Lines);

    private static async Task<ApiProblem> ProblemOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ProblemBody? body = null;
        if (response.Content.Headers.ContentType?.MediaType is { } media && media.Contains("json", StringComparison.Ordinal))
        {
            try
            {
                body = await response.Content.ReadFromJsonAsync<ProblemBody>(Json, cancellationToken);
            }
            catch (JsonException)
            {
                // Not a problem document after all: the status decides the words below.
            }
        }

        var status = (int)response.StatusCode;
        var errors = body?.Errors ?? [];
        var message = body?.Detail
            ?? (errors.Count > 0 ? "Some fields need correcting." : null)
            ?? body?.Title
            ?? InWords(response.StatusCode);
        return new ApiProblem(status, message, errors, body?.Rule, body?.Lines ?? []);
    }

    /// <summary>What a status without a problem document means to the person who caused it.</summary>
    private static string InWords(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "Your session has ended. Sign in again.",
        HttpStatusCode.Forbidden => "Your role does not allow this.",
        HttpStatusCode.NotFound => "This no longer exists, or never did.",
        HttpStatusCode.Conflict => "Someone changed this meanwhile. Reload and try again.",
        HttpStatusCode.RequestEntityTooLarge => "The file is too large (at most 5 MB).",
        HttpStatusCode.TooManyRequests => "Too many requests in a short time. Wait a moment and try again.",
        HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
            "That part of the platform is not answering right now. Try again in a moment.",
        _ => "Something went wrong on the platform's side. Try again; if it keeps happening, tell operations.",
    };
}
