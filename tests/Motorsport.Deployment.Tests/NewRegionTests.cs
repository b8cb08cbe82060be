using Motorsport.Deployment.Tests.Infrastructure;

namespace Motorsport.Deployment.Tests;

/// <summary>
/// Adding a fourth region is a new overlay plus configuration, with no code change: this test follows
/// README.md "Adding a region" for "middle-east" in a scratch folder (copy the europe overlay, replace
/// the id, set display name and time zone; add the gateway's route lines and the web app's office) and checks the result.
/// </summary>
[Collection(ManifestCollection.Name)]
public sealed class NewRegionTests(ManifestToolchain toolchain) : IDisposable
{
    private const string Region = "middle-east";
    private readonly string scratch = Path.Combine(Path.GetTempPath(), $"motorsport-k8s-{Guid.NewGuid():N}");

    [Fact]
    public void A_middle_east_overlay_copied_from_europe_renders_validates_and_is_configured_for_its_region()
    {
        var overlay = Overlays.Copy("europe", scratch, Region);
        foreach (var file in Directory.GetFiles(overlay))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("europe", Region, StringComparison.Ordinal));
        }

        var regionEnv = Path.Combine(overlay, "region.env");
        File.WriteAllText(regionEnv, File.ReadAllText(regionEnv)
            .Replace("Region__DisplayName=Europe", "Region__DisplayName=Middle East", StringComparison.Ordinal)
            .Replace("Region__TimeZone=Europe/Berlin", "Region__TimeZone=Asia/Dubai", StringComparison.Ordinal));

        var manifests = toolchain.Render(overlay);

        manifests.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, manifests.Errors));
        manifests.Single("Namespace", "motorsport-middle-east").Text("metadata", "labels", "motorsport.io/role").ShouldBe("region");
        manifests.Objects.Where(o => o.Text("kind") != "Namespace")
            .ShouldAllBe(o => o.Text("metadata", "namespace") == "motorsport-middle-east");
        var regional = manifests.Single("Deployment", "regional");
        var configuration = manifests.Configuration(regional, "regional");
        configuration["Region__Id"].ShouldBe(Region);
        configuration["Region__DisplayName"].ShouldBe("Middle East");
        configuration["Region__TimeZone"].ShouldBe("Asia/Dubai");
        configuration["Service__Name"].ShouldBe("regional-middle-east");
        Manifests.SecretReferences(regional, "regional")["ConnectionStrings__Database"].Secret.ShouldBe("middle-east-database");
        // The same regional image as every other region: only configuration differs.
        regional.At("spec", "template", "spec").Objects("containers").Single().Text("image")
            .ShouldBe(toolchain.Render(Repository.Overlay("europe")).Single("Deployment", "regional")
                .At("spec", "template", "spec").Objects("containers").Single().Text("image"));
    }

    [Fact]
    public void The_gateway_routes_and_the_web_app_lists_the_new_region_once_its_lines_are_added_to_the_headquarters_overlay()
    {
        var overlay = Overlays.Copy(Overlays.Headquarters, scratch, Overlays.Headquarters);
        File.AppendAllText(Path.Combine(overlay, "gateway-regions.env"), $$"""

            # {{Region}}
            ReverseProxy__Routes__region-{{Region}}__ClusterId=region-{{Region}}
            ReverseProxy__Routes__region-{{Region}}__Match__Path=/api/regions/{{Region}}/{**rest}
            ReverseProxy__Routes__region-{{Region}}__AuthorizationPolicy=region
            ReverseProxy__Routes__region-{{Region}}__Metadata__Region={{Region}}
            ReverseProxy__Clusters__region-{{Region}}__Destinations__primary__Address=http://regional.motorsport-{{Region}}.svc.cluster.local:8080

            """);
        File.AppendAllText(Path.Combine(overlay, "web-regions.env"), $"SignIn__Regions__{Overlays.Regions().Count}={Region}\n");

        var manifests = toolchain.Render(overlay);

        manifests.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, manifests.Errors));
        var gateway = manifests.Configuration(manifests.Single("Deployment", "gateway"), "gateway");
        gateway[$"ReverseProxy__Routes__region-{Region}__ClusterId"].ShouldBe($"region-{Region}");
        gateway[$"ReverseProxy__Routes__region-{Region}__Match__Path"].ShouldBe($"/api/regions/{Region}/{{**rest}}");
        gateway[$"ReverseProxy__Clusters__region-{Region}__Destinations__primary__Address"]
            .ShouldBe($"http://regional.motorsport-{Region}.svc.cluster.local:8080");
        foreach (var existing in Overlays.Regions())
        {
            gateway.ShouldContainKey($"ReverseProxy__Routes__region-{existing}__ClusterId");
        }

        var web = manifests.Configuration(manifests.Single("Deployment", "web"), "web");
        OverlayTests.Offices(web).ShouldBe(Overlays.Regions().Append(Region).ToList(), ignoreOrder: true);
    }

    public void Dispose()
    {
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
