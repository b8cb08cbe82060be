using System.Text.Json.Nodes;
using Motorsport.Deployment.Tests.Infrastructure;
using Motorsport.Deployment.Tests.Policies;

namespace Motorsport.Deployment.Tests;

/// <summary>Every Deployment of every overlay follows the platform's rules, and is covered by a PDB, an HPA and NetworkPolicies.</summary>
[Collection(ManifestCollection.Name)]
public sealed class DeploymentPolicyTests(ManifestToolchain toolchain)
{
    private const string HqNamespace = "motorsport-hq";

    public static TheoryData<string> AllOverlays => Overlays.AllData();

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Every_deployment_has_health_probes_limits_and_a_restrictive_security_context(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));
        var deployments = manifests.OfKind("Deployment").ToList();
        deployments.ShouldNotBeEmpty();

        foreach (var deployment in deployments)
        {
            var name = deployment.Text("metadata", "name");
            var pod = deployment.At("spec", "template", "spec");
            var container = pod.Objects("containers").ShouldHaveSingleItem();
            container.Text("livenessProbe", "httpGet", "path").ShouldBe("/health/live", name);
            container.Text("readinessProbe", "httpGet", "path").ShouldBe("/health/ready", name);
            container.Scalar("resources", "limits", "cpu").ShouldNotBeNull(name);
            container.Scalar("resources", "limits", "memory").ShouldNotBeNull(name);
            container.Scalar("resources", "requests", "cpu").ShouldNotBeNull(name);
            container.Scalar("resources", "requests", "memory").ShouldNotBeNull(name);
            (container.Flag("securityContext", "runAsNonRoot") ?? pod.Flag("securityContext", "runAsNonRoot")).ShouldBe(true, name);
            container.Flag("securityContext", "readOnlyRootFilesystem").ShouldBe(true, name);
            container.Flag("securityContext", "allowPrivilegeEscalation").ShouldBe(false, name);

            var violations = DeploymentPolicy.Check(deployment);
            violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
        }
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Every_deployment_shuts_down_gracefully_within_its_grace_period(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var name = deployment.Text("metadata", "name")!;
            var pod = deployment.At("spec", "template", "spec");
            var container = pod.Objects("containers").Single();
            var preStop = container.Number("lifecycle", "preStop", "sleep", "seconds");
            preStop.ShouldNotBeNull($"{name}: preStop sleep lets the endpoints controller remove the pod before it stops");
            var configuration = manifests.Configuration(deployment, container.Text("name")!);
            configuration.ShouldContainKey("shutdownTimeoutSeconds");
            var shutdown = long.Parse(configuration["shutdownTimeoutSeconds"], System.Globalization.CultureInfo.InvariantCulture);

            pod.Number("terminationGracePeriodSeconds")!.Value.ShouldBeGreaterThan(preStop.Value + shutdown, name);
        }
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Every_workload_including_the_stateful_sets_meets_the_restricted_pod_security_profile(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));

        var violations = manifests.Workloads.SelectMany(WorkloadSecurity.Check).ToList();

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Every_deployment_has_a_service_a_disruption_budget_and_an_autoscaler(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));

        foreach (var deployment in manifests.OfKind("Deployment"))
        {
            var name = deployment.Text("metadata", "name")!;
            var labels = LabelSelector.PodLabels(deployment);
            LabelSelector.Matches(deployment.At("spec", "selector"), labels).ShouldBeTrue($"{name}: selector must match its pods");
            deployment.At("spec", "replicas").ShouldBeNull($"{name}: the HorizontalPodAutoscaler owns the replica count");

            var services = manifests.OfKind("Service").Where(s => SelectsAll(s.StringMap("spec", "selector"), labels)).ToList();
            services.ShouldContain(s => s.Text("metadata", "name") == name, $"{name}: a Service of the same name must select its pods");

            var budgets = manifests.OfKind("PodDisruptionBudget").Where(p => LabelSelector.Matches(p.At("spec", "selector"), labels)).ToList();
            budgets.ShouldHaveSingleItem($"{name}: exactly one PodDisruptionBudget must select its pods");

            var autoscaler = manifests.OfKind("HorizontalPodAutoscaler")
                .Where(h => h.Text("spec", "scaleTargetRef", "kind") == "Deployment" && h.Text("spec", "scaleTargetRef", "name") == name)
                .ShouldHaveSingleItem($"{name}: exactly one HorizontalPodAutoscaler must scale it");
            autoscaler.Number("spec", "minReplicas")!.Value.ShouldBeGreaterThanOrEqualTo(2, $"{name}: two replicas keep it up through a node drain");
            autoscaler.Number("spec", "maxReplicas")!.Value.ShouldBeGreaterThan(autoscaler.Number("spec", "minReplicas")!.Value);
        }
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Every_namespace_denies_ingress_by_default(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));

        var denyAll = manifests.OfKind("NetworkPolicy").Where(p =>
            p.At("spec", "podSelector") is JsonObject { Count: 0 }
            && p.At("spec", "ingress") is null
            && (p.At("spec", "policyTypes") as JsonArray ?? []).Any(t => t?.ToString() == "Ingress"));

        denyAll.ShouldNotBeEmpty("a default-deny-ingress NetworkPolicy must select every pod");
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Only_the_gateway_reaches_headquarters_and_the_regional_services(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));
        var services = manifests.OfKind("Deployment").Where(d => d.Text("metadata", "name") != "gateway").ToList();
        services.ShouldNotBeEmpty();

        foreach (var service in services)
        {
            var name = service.Text("metadata", "name");
            var rules = IngressRulesFor(manifests, LabelSelector.PodLabels(service));
            rules.ShouldNotBeEmpty($"{name}: some NetworkPolicy must let the gateway in");
            foreach (var rule in rules)
            {
                var peers = rule.Objects("from").ToList();
                peers.ShouldNotBeEmpty($"{name}: an ingress rule without 'from' admits every pod");
                peers.ShouldAllBe(peer => IsGateway(peer), $"{name}: only the gateway pods of {HqNamespace} may reach it");
                rule.Objects("ports").Select(p => p.Scalar("port")).ShouldBe(["8080"], ignoreOrder: true);
            }
        }
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Each_postgres_accepts_only_its_own_namespace_services(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));
        var postgres = manifests.Single("StatefulSet", "postgres");
        // In motorsport-hq the web app keeps its replicas' shared key ring on headquarters' server, in a database of its own.
        string[] ownServices = overlay == Overlays.Headquarters ? ["headquarters", "web"] : ["regional"];

        var rules = IngressRulesFor(manifests, LabelSelector.PodLabels(postgres));

        rules.ShouldNotBeEmpty();
        var peers = rules.SelectMany(r => r.Objects("from")).ToList();
        foreach (var peer in peers)
        {
            peer.At("namespaceSelector").ShouldBeNull("PostgreSQL must not admit other namespaces");
            peer.At("ipBlock").ShouldBeNull();
            foreach (var other in manifests.OfKind("Deployment").Where(d => !ownServices.Contains(d.Text("metadata", "name"))))
            {
                LabelSelector.Matches(peer.At("podSelector"), LabelSelector.PodLabels(other))
                    .ShouldBeFalse($"PostgreSQL must not admit {other.Text("metadata", "name")}");
            }
        }

        foreach (var own in manifests.OfKind("Deployment").Where(d => ownServices.Contains(d.Text("metadata", "name"))))
        {
            peers.ShouldContain(peer => LabelSelector.Matches(peer.At("podSelector"), LabelSelector.PodLabels(own)), $"PostgreSQL must admit {own.Text("metadata", "name")}");
        }
    }

    [Fact]
    public void RabbitMQ_accepts_amqp_from_headquarters_and_from_the_regional_service_of_every_region_namespace()
    {
        var hq = toolchain.Render(Repository.Overlay(Overlays.Headquarters));
        var rabbit = hq.Single("StatefulSet", "rabbitmq");
        var rules = IngressRulesFor(hq, LabelSelector.PodLabels(rabbit));
        var amqp = rules.Where(r => r.Objects("ports").Any(p => p.Scalar("port") == "5672")).SelectMany(r => r.Objects("from")).ToList();

        var headquarters = LabelSelector.PodLabels(hq.Single("Deployment", "headquarters"));
        var gateway = LabelSelector.PodLabels(hq.Single("Deployment", "gateway"));
        amqp.ShouldContain(p => p.At("namespaceSelector") == null && LabelSelector.Matches(p.At("podSelector"), headquarters));
        amqp.ShouldNotContain(p => p.At("namespaceSelector") == null && LabelSelector.Matches(p.At("podSelector"), gateway));
        foreach (var region in Overlays.Regions())
        {
            var manifests = toolchain.Render(Repository.Overlay(region));
            var ns = manifests.Single("Namespace", Overlays.Namespace(region)).StringMap("metadata", "labels");
            var regional = LabelSelector.PodLabels(manifests.Single("Deployment", "regional"));
            amqp.ShouldContain(
                p => LabelSelector.Matches(p.At("namespaceSelector"), ns) && LabelSelector.Matches(p.At("podSelector"), regional),
                $"region {region} must reach RabbitMQ");
        }
    }

    private static List<JsonObject> IngressRulesFor(Manifests manifests, IReadOnlyDictionary<string, string> podLabels) =>
        manifests.OfKind("NetworkPolicy")
            .Where(p => LabelSelector.Matches(p.At("spec", "podSelector"), podLabels))
            .SelectMany(p => p.Objects("spec", "ingress"))
            .ToList();

    private static bool IsGateway(JsonObject peer) =>
        peer.At("ipBlock") is null
        && peer.StringMap("namespaceSelector", "matchLabels") is { Count: 1 } ns
        && ns.GetValueOrDefault("kubernetes.io/metadata.name") == HqNamespace
        && peer.At("namespaceSelector", "matchExpressions") is null
        && peer.StringMap("podSelector", "matchLabels") is { Count: 1 } pods
        && pods.GetValueOrDefault("app.kubernetes.io/name") == "gateway"
        && peer.At("podSelector", "matchExpressions") is null;

    private static bool SelectsAll(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.Count > 0 && selector.All(s => labels.TryGetValue(s.Key, out var v) && v == s.Value);
}
