using System.Text.Json.Nodes;

namespace Motorsport.Deployment.Tests.Infrastructure;

/// <summary>One schema error reported by k8s/validate/validate.js, naming the object and the field.</summary>
public sealed record ValidationError(int Index, string? ApiVersion, string? Kind, string? Name, string? Namespace, string Field, string Message)
{
    public override string ToString() => $"{Kind}/{Name} (namespace {Namespace ?? "-"}): {Field} {Message}";
}

/// <summary>What `kubectl kustomize` rendered for one kustomization, and what the schema validator said about it.</summary>
public sealed class Manifests(
    string source, string yaml, IReadOnlyList<JsonObject> objects, IReadOnlyList<ValidationError> errors, int validatorExitCode, string validatorOutput)
{
    public string Source { get; } = source;

    public string Yaml { get; } = yaml;

    public IReadOnlyList<JsonObject> Objects { get; } = objects;

    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    public int ValidatorExitCode { get; } = validatorExitCode;

    /// <summary>The validator's human-readable report (its stderr).</summary>
    public string ValidatorOutput { get; } = validatorOutput;

    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => o.Text("kind") == kind);

    public IReadOnlySet<string> Kinds => Objects.Select(o => o.Text("kind")).OfType<string>().ToHashSet();

    public JsonObject Single(string kind, string name)
    {
        var matches = OfKind(kind).Where(o => o.Text("metadata", "name") == name).ToList();
        matches.Count.ShouldBe(1, $"{Source} should render exactly one {kind} named '{name}'.");
        return matches[0];
    }

    /// <summary>Deployments and StatefulSets: everything with a pod template.</summary>
    public IEnumerable<JsonObject> Workloads => Objects.Where(o => o.At("spec", "template", "spec") is JsonObject);

    /// <summary>
    /// The configuration a container sees from ConfigMaps: every envFrom ConfigMap's data in order (later wins),
    /// then the container's literal env values. Throws when a referenced ConfigMap is not in the render.
    /// </summary>
    public Dictionary<string, string> Configuration(JsonObject workload, string container)
    {
        var spec = workload.At("spec", "template", "spec");
        var definition = spec.Objects("containers").Single(c => c.Text("name") == container);
        var configuration = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in definition.Objects("envFrom"))
        {
            var name = source.Text("configMapRef", "name");
            if (name is null)
            {
                continue;
            }

            var configMap = OfKind("ConfigMap").SingleOrDefault(c => c.Text("metadata", "name") == name)
                ?? throw new InvalidOperationException($"{Source}: {container} reads ConfigMap '{name}', which the overlay does not render.");
            foreach (var (key, value) in configMap.StringMap("data"))
            {
                configuration[key] = value;
            }
        }

        foreach (var variable in definition.Objects("env"))
        {
            if (variable.Text("value") is { } value && variable.Text("name") is { } key)
            {
                configuration[key] = value;
            }
        }

        return configuration;
    }

    /// <summary>Secret references of a container's env: variable name -> (Secret name, key, optional).</summary>
    public static IReadOnlyDictionary<string, (string Secret, string Key, bool Optional)> SecretReferences(JsonObject workload, string container)
    {
        var definition = workload.At("spec", "template", "spec").Objects("containers").Single(c => c.Text("name") == container);
        return definition.Objects("env")
            .Where(e => e.At("valueFrom", "secretKeyRef") is JsonObject)
            .ToDictionary(
                e => e.Text("name")!,
                e => (e.Text("valueFrom", "secretKeyRef", "name")!, e.Text("valueFrom", "secretKeyRef", "key")!,
                      e.Flag("valueFrom", "secretKeyRef", "optional") ?? false));
    }
}
