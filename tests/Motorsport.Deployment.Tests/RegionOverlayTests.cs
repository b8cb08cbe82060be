using System.Text.RegularExpressions;
using Motorsport.Deployment.Tests.Infrastructure;

namespace Motorsport.Deployment.Tests;

/// <summary>
/// A region is data: each region overlay carries its id, display name, time zone, namespace and database Secret,
/// and the headquarters overlay carries the gateway's route to it.
/// </summary>
[Collection(ManifestCollection.Name)]
public sealed partial class RegionOverlayTests(ManifestToolchain toolchain)
{
    public static TheoryData<string> Regions => Overlays.RegionData();

    [Theory]
    [MemberData(nameof(Regions))]
    public void The_regional_service_is_configured_for_its_region_from_config_maps(string region)
    {
        var manifests = toolchain.Render(Repository.Overlay(region));
        var configuration = manifests.Configuration(manifests.Single("Deployment", "regional"), "regional");

        configuration["Region__Id"].ShouldBe(region);
        configuration["Service__Name"].ShouldBe($"regional-{region}");
        configuration["Region__DisplayName"].ShouldNotBeNullOrWhiteSpace();
        Should.NotThrow(() => TimeZoneInfo.FindSystemTimeZoneById(configuration["Region__TimeZone"]), "Region__TimeZone must be an IANA time zone id");
        configuration["ASPNETCORE_ENVIRONMENT"].ShouldBe("Production");
        configuration["ASPNETCORE_HTTP_PORTS"].ShouldBe("8080");
        configuration["Database__Provider"].ShouldBe("Postgres");
        configuration["RabbitMq__Host"].ShouldBe("rabbitmq.motorsport-hq.svc.cluster.local");
        configuration["RabbitMq__Port"].ShouldBe("5672");
        configuration["RabbitMq__QuorumQueues"].ShouldBe("true");
        configuration.ShouldContainKey("RabbitMq__VirtualHost");
        configuration.ShouldContainKey("Auth__Authority");
        configuration.ShouldContainKey("Auth__Audience");
        configuration.ShouldContainKey("Auth__Issuer");
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void The_region_uses_its_own_database_secret(string region)
    {
        var manifests = toolchain.Render(Repository.Overlay(region));

        var service = Manifests.SecretReferences(manifests.Single("Deployment", "regional"), "regional");
        service["ConnectionStrings__Database"].ShouldBe(($"{region}-database", "connection-string", false));
        service["RabbitMq__Username"].ShouldBe(("rabbitmq-credentials", "username", false));
        service["RabbitMq__Password"].ShouldBe(("rabbitmq-credentials", "password", false));
        service["Auth__SigningKey"].ShouldBe(("auth-signing-key", "signing-key", true));

        var database = Manifests.SecretReferences(manifests.Single("StatefulSet", "postgres"), "postgres");
        database["POSTGRES_USER"].ShouldBe(($"{region}-database", "username", false));
        database["POSTGRES_PASSWORD"].ShouldBe(($"{region}-database", "password", false));
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void The_gateway_routes_the_region_to_its_namespace(string region)
    {
        var hq = toolchain.Render(Repository.Overlay(Overlays.Headquarters));
        var gateway = hq.Configuration(hq.Single("Deployment", "gateway"), "gateway");

        gateway[$"ReverseProxy__Routes__region-{region}__ClusterId"].ShouldBe($"region-{region}");
        gateway[$"ReverseProxy__Routes__region-{region}__Match__Path"].ShouldBe($"/api/regions/{region}/{{**rest}}");
        gateway[$"ReverseProxy__Routes__region-{region}__AuthorizationPolicy"].ShouldBe("region");
        gateway[$"ReverseProxy__Routes__region-{region}__Metadata__Region"].ShouldBe(region);
        gateway[$"ReverseProxy__Clusters__region-{region}__Destinations__primary__Address"]
            .ShouldBe($"http://regional.motorsport-{region}.svc.cluster.local:8080");
    }

    [Fact]
    public void The_gateway_routes_headquarters_and_no_region_without_an_overlay()
    {
        var hq = toolchain.Render(Repository.Overlay(Overlays.Headquarters));
        var gateway = hq.Configuration(hq.Single("Deployment", "gateway"), "gateway");

        gateway["ReverseProxy__Routes__hq__ClusterId"].ShouldBe("headquarters");
        gateway["ReverseProxy__Routes__hq__Match__Path"].ShouldBe("/api/hq/{**rest}");
        gateway["ReverseProxy__Clusters__headquarters__Destinations__primary__Address"]
            .ShouldBe("http://headquarters.motorsport-hq.svc.cluster.local:8080");
        var routed = gateway.Keys.Select(k => RegionRoute().Match(k)).Where(m => m.Success).Select(m => m.Groups["id"].Value).Distinct();
        routed.Order().ShouldBe(Overlays.Regions().Order());
    }

    [Fact]
    public void Headquarters_uses_its_own_database_secret()
    {
        var hq = toolchain.Render(Repository.Overlay(Overlays.Headquarters));

        var service = Manifests.SecretReferences(hq.Single("Deployment", "headquarters"), "headquarters");
        service["ConnectionStrings__Database"].ShouldBe(("headquarters-database", "connection-string", false));
        var database = Manifests.SecretReferences(hq.Single("StatefulSet", "postgres"), "postgres");
        database["POSTGRES_USER"].ShouldBe(("headquarters-database", "username", false));
        database["POSTGRES_PASSWORD"].ShouldBe(("headquarters-database", "password", false));
        hq.Configuration(hq.Single("Deployment", "headquarters"), "headquarters")["Service__Name"].ShouldBe("headquarters");
    }

    [Theory]
    [MemberData(nameof(AllOverlaysData))]
    public void Every_secret_an_overlay_needs_is_documented_in_the_deploy_guide(string overlay)
    {
        var manifests = toolchain.Render(Repository.Overlay(overlay));
        var guide = File.ReadAllText(Repository.PathOf("README.md"));
        var required = manifests.Workloads
            .SelectMany(w => w.At("spec", "template", "spec").Objects("containers").Concat(w.At("spec", "template", "spec").Objects("initContainers"))
                .SelectMany(c => c.Objects("env"))
                .Where(e => e.At("valueFrom", "secretKeyRef") is not null && e.Flag("valueFrom", "secretKeyRef", "optional") != true)
                .Select(e => e.Text("valueFrom", "secretKeyRef", "name")!)
                .Concat(w.At("spec", "template", "spec").Objects("volumes").Select(v => v.Text("secret", "secretName")).OfType<string>()))
            .Distinct()
            .ToList();
        required.ShouldNotBeEmpty();

        foreach (var secret in required)
        {
            (guide.Contains(secret, StringComparison.Ordinal) || guide.Contains(secret.Replace(overlay, "<region>"), StringComparison.Ordinal))
                .ShouldBeTrue($"README.md (Deploy) must say how to create Secret '{secret}' for overlay {overlay}");
        }
    }

    public static TheoryData<string> AllOverlaysData => Overlays.AllData();

    [GeneratedRegex("^ReverseProxy__Routes__region-(?<id>.+)__ClusterId$")]
    private static partial Regex RegionRoute();
}
