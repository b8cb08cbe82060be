using Motorsport.Deployment.Tests.Infrastructure;

namespace Motorsport.Deployment.Tests;

/// <summary>
/// A namespace on a managed SQL Server instead of its own PostgreSQL is configuration only: this test follows README.md
/// "A managed SQL Server instead of PostgreSQL" for europe in a scratch folder and checks the result.
/// </summary>
[Collection(ManifestCollection.Name)]
public sealed class SqlServerOverlayTests(ManifestToolchain toolchain) : IDisposable
{
    private readonly string scratch = Path.Combine(Path.GetTempPath(), $"motorsport-k8s-{Guid.NewGuid():N}");

    [Fact]
    public void A_region_switched_to_sql_server_renders_validates_and_runs_without_its_postgres()
    {
        var overlay = Overlays.Copy("europe", scratch, "europe");
        File.AppendAllText(Path.Combine(overlay, "region.env"), "Database__Provider=SqlServer\n");
        var kustomization = Path.Combine(overlay, "kustomization.yaml");
        // The copy's base paths are relative to the scratch folder: drop the postgres base by its last segments.
        var text = string.Join('\n', File.ReadAllLines(kustomization).Where(line => !line.EndsWith("/base/postgres", StringComparison.Ordinal))) + "\n";
        var postgresConfig = text[text.IndexOf("  - name: postgres-config", StringComparison.Ordinal)..text.IndexOf("patches:", StringComparison.Ordinal)];
        File.WriteAllText(kustomization, text.Replace(postgresConfig, "", StringComparison.Ordinal));
        var secretPatch = Path.Combine(overlay, "database-secret.yaml");
        var patch = File.ReadAllText(secretPatch);
        File.WriteAllText(secretPatch, patch[..patch.IndexOf("---", StringComparison.Ordinal)]);

        var manifests = toolchain.Render(overlay);

        manifests.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, manifests.Errors));
        manifests.ValidatorExitCode.ShouldBe(0, manifests.ValidatorOutput);
        manifests.Kinds.ShouldNotContain("StatefulSet");
        manifests.Objects.ShouldNotContain(o => o.Text("metadata", "name") == "postgres");
        var regional = manifests.Single("Deployment", "regional");
        manifests.Configuration(regional, "regional")["Database__Provider"].ShouldBe("SqlServer");
        Manifests.SecretReferences(regional, "regional")["ConnectionStrings__Database"].Secret.ShouldBe("europe-database");
    }

    public void Dispose()
    {
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }
    }
}
