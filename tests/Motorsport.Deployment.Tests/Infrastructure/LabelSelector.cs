using System.Text.Json.Nodes;

namespace Motorsport.Deployment.Tests.Infrastructure;

/// <summary>Kubernetes label selector semantics (matchLabels and matchExpressions); an empty selector selects everything.</summary>
public static class LabelSelector
{
    public static bool Matches(JsonNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null)
        {
            return false;
        }

        foreach (var (key, value) in selector.StringMap("matchLabels"))
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        foreach (var expression in selector.Objects("matchExpressions"))
        {
            var key = expression.Text("key") ?? "";
            var values = (expression.At("values") as JsonArray ?? []).Select(v => v?.ToString()).ToHashSet();
            var has = labels.TryGetValue(key, out var actual);
            var ok = expression.Text("operator") switch
            {
                "In" => has && values.Contains(actual),
                "NotIn" => !has || !values.Contains(actual),
                "Exists" => has,
                "DoesNotExist" => !has,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    public static IReadOnlyDictionary<string, string> PodLabels(JsonObject workload) =>
        workload.StringMap("spec", "template", "metadata", "labels");
}
