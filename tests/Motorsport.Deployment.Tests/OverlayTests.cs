using Motorsport.Deployment.Tests.Infrastructure;
using Motorsport.Deployment.Tests.Policies;

namespace Motorsport.Deployment.Tests;

/// <summary>Every overlay renders with `kubectl kustomize` and every object it renders validates against the Kubernetes schemas.</summary>
[Collection(ManifestCollection.Name)]
public sealed class OverlayTests(ManifestToolchain toolchain)
{
    public static TheoryData<string> AllOverlays => Overlays.AllData();

    [Fact]
    public void The_headquarters_and_the_three_region_overlays_exist()
    {
        new[] { "asia-pacific", "europe", "headquarters", "us" }.ShouldBeSubsetOf(Overlays.All());
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Every_rendered_object_validates_against_the_Kubernetes_schemas(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));

        manifests.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, manifests.Errors));
        manifests.ValidatorExitCode.ShouldBe(0, manifests.ValidatorOutput);
        manifests.Objects.Count.ShouldBeGreaterThan(10);
        manifests.ValidatorOutput.ShouldContain($"{manifests.Objects.Count} object(s) valid");
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Overlay_renders_the_expected_kinds(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));

        new[]
        {
            "Namespace", "ServiceAccount", "ConfigMap", "Deployment", "Service", "PodDisruptionBudget",
            "HorizontalPodAutoscaler", "NetworkPolicy", "StatefulSet",
        }.ShouldBeSubsetOf(manifests.Kinds);
        var deployments = manifests.OfKind("Deployment").Select(d => d.Text("metadata", "name")).Order().ToList();
        var statefulSets = manifests.OfKind("StatefulSet").Select(d => d.Text("metadata", "name")).Order().ToList();
        if (overlay == Overlays.Headquarters)
        {
            deployments.ShouldBe(["gateway", "headquarters", "web"]);
            statefulSets.ShouldBe(["postgres", "rabbitmq"]);
        }
        else
        {
            deployments.ShouldBe(["regional"]);
            statefulSets.ShouldBe(["postgres"]);
        }
    }

    [Fact]
    public void The_gateway_sends_everything_but_the_apis_to_the_web_app_service_in_its_namespace()
    {
        var hq = toolchain.Render(Repository.Overlay(Overlays.Headquarters));
        var gateway = hq.Configuration(hq.Single("Deployment", "gateway"), "gateway");

        hq.Single("Service", "web").Objects("spec", "ports").Select(p => p.Scalar("port")).ShouldBe(["8080"]);
        gateway["ReverseProxy__Clusters__web__Destinations__primary__Address"].ShouldBe("http://web.motorsport-hq.svc.cluster.local:8080");
    }

    [Fact]
    public void The_web_app_lists_the_office_of_every_region_the_gateway_routes()
    {
        var hq = toolchain.Render(Repository.Overlay(Overlays.Headquarters));
        var web = hq.Configuration(hq.Single("Deployment", "web"), "web");
        var gateway = hq.Configuration(hq.Single("Deployment", "gateway"), "gateway");

        var offices = Offices(web);
        offices.Order(StringComparer.Ordinal).ShouldBe(Overlays.Regions());
        offices.ShouldAllBe(region => gateway.ContainsKey($"ReverseProxy__Routes__region-{region}__ClusterId"));
    }

    /// <summary>The web app's <c>SignIn:Regions</c>, in their configured order.</summary>
    internal static List<string> Offices(Dictionary<string, string> web) =>
        Enumerable.Range(0, web.Count).TakeWhile(i => web.ContainsKey($"SignIn__Regions__{i}")).Select(i => web[$"SignIn__Regions__{i}"]).ToList();

    [Fact]
    public void The_web_app_replicas_share_one_key_ring_in_the_web_apps_own_database()
    {
        var hq = toolchain.Render(Repository.Overlay(Overlays.Headquarters));
        var web = hq.Single("Deployment", "web");
        var configuration = hq.Configuration(web, "web");

        // Two replicas at least, each reading the cookie sessions and antiforgery tokens of the others.
        hq.Single("HorizontalPodAutoscaler", "web").Number("spec", "minReplicas")!.Value.ShouldBeGreaterThanOrEqualTo(2);
        configuration["Database__Provider"].ShouldBe("Postgres");
        configuration["DataProtection__ApplicationName"].ShouldNotBeNullOrWhiteSpace();
        Manifests.SecretReferences(web, "web")["ConnectionStrings__Database"].ShouldBe(("web-database", "connection-string", false));
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Every_object_is_in_the_overlay_namespace_which_enforces_the_restricted_pod_security_profile(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));
        var expected = Overlays.Namespace(overlay);

        var ns = manifests.Single("Namespace", expected);
        ns.Text("metadata", "labels", "pod-security.kubernetes.io/enforce").ShouldBe("restricted");
        ns.Text("metadata", "labels", "motorsport.io/role").ShouldBe(overlay == Overlays.Headquarters ? "headquarters" : "region");
        foreach (var o in manifests.Objects.Where(o => o.Text("kind") != "Namespace"))
        {
            o.Text("metadata", "namespace").ShouldBe(expected, $"{o.Text("kind")}/{o.Text("metadata", "name")}");
        }
    }

    [Theory]
    [MemberData(nameof(AllOverlays))]
    public void Overlay_commits_no_literal_secret(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));

        var violations = SecretPolicy.Check(manifests.Objects);

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
        manifests.OfKind("Secret").ShouldBeEmpty();
    }

    [Fact]
    public void No_manifest_source_outside_the_test_fixtures_defines_a_secret_value()
    {
        var fixtures = Path.Combine(Repository.K8s, "tests") + Path.DirectorySeparatorChar;
        var modules = Path.DirectorySeparatorChar + "node_modules" + Path.DirectorySeparatorChar;
        var sources = Directory.EnumerateFiles(Repository.K8s, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(fixtures, StringComparison.Ordinal) && !f.Contains(modules, StringComparison.Ordinal))
            .Where(f => Path.GetExtension(f) is ".yaml" or ".yml" or ".env" or ".conf")
            .ToList();
        sources.Count.ShouldBeGreaterThan(20);

        var violations = new List<string>();
        foreach (var file in sources)
        {
            var relative = Path.GetRelativePath(Repository.Root, file);
            foreach (var line in File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            {
                if (line is "kind: Secret" || line.StartsWith("secretGenerator:", StringComparison.Ordinal)
                    || line.StartsWith("stringData:", StringComparison.Ordinal))
                {
                    violations.Add($"{relative}: '{line}' commits a Secret");
                }

                if (Path.GetExtension(file) == ".env" && line.Split('=')[0] is var key && SecretPolicy.IsSecretName(key))
                {
                    violations.Add($"{relative}: {key} is a secret in a ConfigMap source");
                }
            }
        }

        violations.ShouldBeEmpty(string.Join(Environment.NewLine, violations));
    }
}
