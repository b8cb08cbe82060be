using System.Text.Json.Nodes;

namespace Motorsport.Deployment.Tests.Infrastructure;

/// <summary>Small helpers to walk Kubernetes objects parsed as JSON.</summary>
public static class Json
{
    public static JsonNode? At(this JsonNode? node, params string[] path)
    {
        foreach (var step in path)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(step, out var child) ? child : null;
        }

        return node;
    }

    public static string? Text(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Flag(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static long? Number(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value && value.TryGetValue<long>(out var number) ? number : null;

    /// <summary>A scalar as text whatever its JSON type (ports and quantities may be numbers or strings).</summary>
    public static string? Scalar(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonValue value ? value.ToJsonString().Trim('"') : null;

    public static IEnumerable<JsonObject> Objects(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonArray array ? array.OfType<JsonObject>() : [];

    public static IReadOnlyDictionary<string, string> StringMap(this JsonNode? node, params string[] path) =>
        node.At(path) is JsonObject obj
            ? obj.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.ToJsonString().Trim('"'))
            : new Dictionary<string, string>();
}
