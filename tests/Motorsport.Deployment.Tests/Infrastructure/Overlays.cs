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
