using System.Text.Json.Nodes;
using Motorsport.Deployment.Tests.Infrastructure;

namespace Motorsport.Deployment.Tests.Policies;

/// <summary>
/// The rules for the platform's own Deployments (gateway, headquarters, regional): health probes on the
/// ServiceDefaults endpoints, requests and limits, restrictive securityContext, graceful shutdown,
/// configuration from ConfigMaps, secrets only from Secrets, a pinned image.
/// </summary>
public static class DeploymentPolicy
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const int HttpPort = 8080;

    public static IReadOnlyList<string> Check(JsonObject deployment)
    {
        var owner = $"Deployment/{deployment.Text("metadata", "name")}";
        var violations = new List<string>(WorkloadSecurity.Check(deployment));
        var pod = deployment.At("spec", "template", "spec");

        if (pod.Number("terminationGracePeriodSeconds") is not { } grace || grace < 30)
        {
            violations.Add($"{owner}: terminationGracePeriodSeconds must be set, at least 30 (preStop + host shutdown timeout)");
        }

        if (pod.Flag("automountServiceAccountToken") != false)
        {
            violations.Add($"{owner}: automountServiceAccountToken must be false (the services never call the Kubernetes API)");
        }

        foreach (var container in pod.Objects("containers"))
        {
            var where = $"{owner} container {container.Text("name")}";
            var ports = container.Objects("ports").ToList();
            if (!ports.Any(p => p.Number("containerPort") == HttpPort))
            {
                violations.Add($"{where}: must expose containerPort {HttpPort}");
            }

            CheckProbe(violations, where, container, ports, "livenessProbe", LivePath);
            CheckProbe(violations, where, container, ports, "readinessProbe", ReadyPath);

            foreach (var (section, resource) in new[] { ("requests", "cpu"), ("requests", "memory"), ("limits", "cpu"), ("limits", "memory") })
            {
                if (container.Scalar("resources", section, resource) is null)
                {
                    violations.Add($"{where}: resources.{section}.{resource} must be set");
                }
            }

            if (container.At("lifecycle", "preStop") is null)
            {
                violations.Add($"{where}: lifecycle.preStop must delay shutdown until the pod has left the Service endpoints");
            }

            if (!container.Objects("envFrom").Any(e => e.At("configMapRef") is not null))
            {
                violations.Add($"{where}: configuration must come from a ConfigMap (envFrom.configMapRef)");
            }

            foreach (var variable in container.Objects("env").Where(e => e.At("value") is not null))
            {
                violations.Add($"{where}: env {variable.Text("name")} is a literal value; configuration belongs in a ConfigMap, secrets in a Secret");
            }

            var image = container.Text("image") ?? "";
            var tag = image.Contains('@') ? "digest" : image[(image.LastIndexOf('/') + 1)..].Split(':').ElementAtOrDefault(1);
            if (tag is null or "latest")
            {
                violations.Add($"{where}: image '{image}' must be pinned to a tag or digest (the overlay's images: entry)");
            }
        }

        return violations;
    }

    private static void CheckProbe(
        List<string> violations, string where, JsonObject container, IReadOnlyList<JsonObject> ports, string probe, string path)
    {
        var get = container.At(probe, "httpGet");
        if (get is null)
        {
            violations.Add($"{where}: {probe} must be an httpGet on {path}");
            return;
        }

        if (get.Text("path") != path)
        {
            violations.Add($"{where}: {probe}.httpGet.path must be {path}, not {get.Text("path")}");
        }

        var port = get.Scalar("port");
        var resolved = int.TryParse(port, out var number)
            ? number
            : ports.FirstOrDefault(p => p.Text("name") == port)?.Number("containerPort");
        if (resolved != HttpPort)
        {
            violations.Add($"{where}: {probe}.httpGet.port must be the HTTP port {HttpPort}, not {port}");
        }
    }
}
