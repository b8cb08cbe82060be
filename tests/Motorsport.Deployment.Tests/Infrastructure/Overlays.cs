namespace Motorsport.Deployment.Tests.Infrastructure;

/// <summary>The overlays under k8s/overlays: "headquarters", and one per region named by the region id.</summary>
public static class Overlays
{
    public const string Headquarters = "headquarters";

    public static IReadOnlyList<string> All() =>
        Directory.GetDirectories(Repository.Overlays)
            .Where(d => File.Exists(Path.Combine(d, "kustomization.yaml")))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Regions() => All().Where(o => o != Headquarters).ToList();

    public static string Namespace(string overlay) => overlay == Headquarters ? "motorsport-hq" : $"motorsport-{overlay}";

    /// <summary>Copies overlay <paramref name="source"/> to <c>scratch/overlays/target</c>, pointing its bases back at the repository's k8s/base (kustomize accepts relative base paths only).</summary>
    public static string Copy(string source, string scratch, string target)
    {
        var destination = Path.Combine(scratch, "overlays", target);
        Directory.CreateDirectory(destination);
        var bases = Path.GetRelativePath(destination, Path.Combine(Repository.K8s, "base")).Replace(Path.DirectorySeparatorChar, '/');
        foreach (var file in Directory.GetFiles(Repository.Overlay(source)))
        {
            var text = File.ReadAllText(file).Replace("../../base", bases, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(destination, Path.GetFileName(file)), text);
        }

        return destination;
    }

    public static TheoryData<string> AllData() => ToTheoryData(All());

    public static TheoryData<string> RegionData() => ToTheoryData(Regions());

    private static TheoryData<string> ToTheoryData(IEnumerable<string> values)
    {
        var data = new TheoryData<string>();
        foreach (var value in values)
        {
            data.Add(value);
        }

        return data;
    }
}
