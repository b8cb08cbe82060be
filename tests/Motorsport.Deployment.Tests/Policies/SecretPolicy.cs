using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Motorsport.Deployment.Tests.Infrastructure;

namespace Motorsport.Deployment.Tests.Policies;

/// <summary>
/// No secret value is ever committed: Secrets are created at deploy time (README.md, "Deploy") and only referenced
/// by name. Flags committed Secret objects, secret-looking variables with literal or ConfigMap values, and
/// secret-looking keys or credentials in ConfigMaps.
/// </summary>
public static partial class SecretPolicy
{
    public static bool IsSecretName(string name) => SecretWord().IsMatch(name.Replace("_", "").Replace("-", "").Replace(".", ""));

    public static IReadOnlyList<string> Check(IEnumerable<JsonObject> objects)
    {
        var violations = new List<string>();
        foreach (var o in objects)
        {
            var owner = $"{o.Text("kind")}/{o.Text("metadata", "name")}";
            switch (o.Text("kind"))
            {
                case "Secret":
                    violations.Add($"{owner} is committed; create Secrets at deploy time and reference them by name");
                    break;
                case "ConfigMap":
                    foreach (var (key, value) in o.StringMap("data"))
                    {
                        if (IsSecretName(key))
                        {
                            violations.Add($"{owner}: key {key} looks like a secret; reference a Secret instead");
                        }

                        if (CredentialInValue().IsMatch(value))
                        {
                            violations.Add($"{owner}: key {key} holds a credential; reference a Secret instead");
                        }

                        foreach (var line in value.Split('\n').Where(l => l.Contains('=') || l.Contains(':')))
                        {
                            var setting = line.Split('=', ':')[0].Trim();
                            if (!setting.StartsWith('#') && setting.Length > 0 && IsSecretName(setting) && line.Trim() != setting)
                            {
                                violations.Add($"{owner}: key {key} sets {setting}; reference a Secret instead");
                            }
                        }
                    }

                    break;
            }

            var pod = o.At("spec", "template", "spec");
            foreach (var container in pod.Objects("initContainers").Concat(pod.Objects("containers")))
            {
                foreach (var variable in container.Objects("env"))
                {
                    var name = variable.Text("name") ?? "";
                    if (!IsSecretName(name))
                    {
                        continue;
                    }

                    if (variable.At("value") is not null)
                    {
                        violations.Add($"{owner} container {container.Text("name")}: env {name} has a literal value; use valueFrom.secretKeyRef");
                    }
                    else if (variable.At("valueFrom", "secretKeyRef") is null)
                    {
                        violations.Add($"{owner} container {container.Text("name")}: env {name} must come from valueFrom.secretKeyRef");
                    }
                }
            }
        }

        return violations;
    }

    [GeneratedRegex("(pass|secret|signingkey|token|cookie|connectionstring|apikey|credential|privatekey)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretWord();

    /// <summary>A connection string with a password, or a URL with user:password@.</summary>
    [GeneratedRegex(@"(password\s*=|pwd\s*=|://[^/\s:@]+:[^/\s@]+@)", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialInValue();
}
