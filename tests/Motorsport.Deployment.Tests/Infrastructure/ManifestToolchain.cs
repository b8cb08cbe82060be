using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Motorsport.Deployment.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class ManifestCollection : ICollectionFixture<ManifestToolchain>
{
    public const string Name = "Kubernetes manifests";
}

/// <summary>
/// kubectl, node and the schema validator, checked once per test run: a missing tool fails every test in the
/// collection. The validator's node_modules are installed here with `npm ci` from the committed lock file,
/// so `dotnet test` alone is enough. Renders are cached: every test asks about the same overlays.
/// </summary>
public sealed class ManifestToolchain
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private const string InstallStamp = ".motorsport-package-lock.sha256";

    private readonly ConcurrentDictionary<string, Lazy<Manifests>> renders = new(StringComparer.Ordinal);

    public ManifestToolchain()
    {
        var kubectl = ExternalTool.Run("kubectl", ["version", "--client"], Repository.Root, ToolTimeout);
        if (kubectl.ExitCode != 0)
        {
            throw new InvalidOperationException($"kubectl does not work: {kubectl}");
        }

        var node = ExternalTool.Run("node", ["--version"], Repository.Root, ToolTimeout);
        if (node.ExitCode != 0 || !int.TryParse(node.StandardOutput.Trim().TrimStart('v').Split('.')[0], out var major) || major < 18)
        {
            throw new InvalidOperationException($"Node.js 18 or later is required, found '{node.StandardOutput.Trim()}': {node}");
        }

        EnsureValidatorInstalled();
    }

    /// <summary>Renders a kustomization directory with `kubectl kustomize` and validates every object.</summary>
    public Manifests Render(string kustomizationDirectory) =>
        renders.GetOrAdd(Path.GetFullPath(kustomizationDirectory), d => new Lazy<Manifests>(() => RenderAndValidate(d))).Value;

    private static Manifests RenderAndValidate(string directory)
    {
        var source = Path.GetRelativePath(Repository.Root, directory);
        var rendered = ExternalTool.Run("kubectl", ["kustomize", directory], Repository.Root, ToolTimeout);
        if (rendered.ExitCode != 0)
        {
            throw new InvalidOperationException($"{source} does not render: {rendered}");
        }

        var validated = ExternalTool.Run(
            "node", [Path.Combine(Repository.Validator, "validate.js"), "--json", "-"], Repository.Root, ToolTimeout, rendered.StandardOutput);
        if (validated.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"The validator failed on {source}: {validated}");
        }

        var report = JsonNode.Parse(validated.StandardOutput)
            ?? throw new InvalidOperationException($"The validator printed no report for {source}.");
        var objects = report.Objects("objects").ToList();
        var errors = (report["errors"] as JsonArray ?? [])
            .Select(e => e.Deserialize<ValidationError>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();
        return new Manifests(source, rendered.StandardOutput, objects, errors, validated.ExitCode, validated.StandardError);
    }

    private static void EnsureValidatorInstalled()
    {
        var lockFile = Path.Combine(Repository.Validator, "package-lock.json");
        if (!File.Exists(lockFile))
        {
            throw new InvalidOperationException($"{lockFile} is missing: the validator's dependencies must be locked.");
        }

        var lockHash = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(lockFile)));
        var modules = Path.Combine(Repository.Validator, "node_modules");
        var stamp = Path.Combine(modules, InstallStamp);
        var installed = File.Exists(stamp)
            && File.ReadAllText(stamp).Trim() == lockHash
            && File.Exists(Path.Combine(modules, "kubernetes-models", "package.json"))
            && File.Exists(Path.Combine(modules, "yaml", "package.json"));
        if (installed)
        {
            return;
        }

        var install = ExternalTool.Run("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], Repository.Validator, InstallTimeout);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"Installing the validator's packages failed: {install}");
        }

        File.WriteAllText(stamp, lockHash);
    }
}
