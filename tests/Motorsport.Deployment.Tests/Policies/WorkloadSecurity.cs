using System.Text.Json.Nodes;
using Motorsport.Deployment.Tests.Infrastructure;

namespace Motorsport.Deployment.Tests.Policies;

/// <summary>
/// What every pod template of the platform must be: the Pod Security "restricted" profile (the namespaces enforce it)
/// plus a read-only root filesystem. Applies to Deployments and to the RabbitMQ and PostgreSQL StatefulSets.
/// </summary>
public static class WorkloadSecurity
{
    public static IReadOnlyList<string> Check(JsonObject workload)
    {
        var violations = new List<string>();
        var owner = $"{workload.Text("kind")}/{workload.Text("metadata", "name")}";
        var pod = workload.At("spec", "template", "spec");
        if (pod is null)
        {
            return [$"{owner} has no pod template"];
        }

        foreach (var field in new[] { "hostNetwork", "hostPID", "hostIPC" })
        {
            if (pod.Flag(field) == true)
            {
                violations.Add($"{owner}: {field} must not be true");
            }
        }

        foreach (var volume in pod.Objects("volumes").Where(v => v.At("hostPath") is not null))
        {
            violations.Add($"{owner}: volume {volume.Text("name")} is a hostPath");
        }

        var podRunAsNonRoot = pod.Flag("securityContext", "runAsNonRoot");
        var podSeccomp = pod.Text("securityContext", "seccompProfile", "type");
        if (pod.Number("securityContext", "runAsUser") == 0)
        {
            violations.Add($"{owner}: securityContext.runAsUser must not be 0");
        }

        foreach (var container in pod.Objects("initContainers").Concat(pod.Objects("containers")))
        {
            var where = $"{owner} container {container.Text("name")}";
            var context = container.At("securityContext");
            if ((context.Flag("runAsNonRoot") ?? podRunAsNonRoot) != true)
            {
                violations.Add($"{where}: securityContext.runAsNonRoot must be true");
            }

            if (context.Number("runAsUser") == 0)
            {
                violations.Add($"{where}: securityContext.runAsUser must not be 0");
            }

            if (context.Flag("allowPrivilegeEscalation") != false)
            {
                violations.Add($"{where}: securityContext.allowPrivilegeEscalation must be false");
            }

            if (context.Flag("readOnlyRootFilesystem") != true)
            {
                violations.Add($"{where}: securityContext.readOnlyRootFilesystem must be true");
            }

            if (context.Flag("privileged") == true)
            {
                violations.Add($"{where}: securityContext.privileged must not be true");
            }

            var dropped = (context.At("capabilities", "drop") as JsonArray ?? []).Select(c => c?.ToString()).ToList();
            if (!dropped.Contains("ALL"))
            {
                violations.Add($"{where}: securityContext.capabilities.drop must contain ALL");
            }

            if ((context.At("capabilities", "add") as JsonArray)?.Count > 0)
            {
                violations.Add($"{where}: securityContext.capabilities.add must be empty");
            }

            var seccomp = context.Text("seccompProfile", "type") ?? podSeccomp;
            if (seccomp is not ("RuntimeDefault" or "Localhost"))
            {
                violations.Add($"{where}: seccompProfile.type must be RuntimeDefault (pod or container)");
            }

            if (container.At("resources", "limits", "memory") is null || container.At("resources", "requests", "cpu") is null)
            {
                violations.Add($"{where}: resources.requests.cpu and resources.limits.memory must be set");
            }
        }

        return violations;
    }
}
