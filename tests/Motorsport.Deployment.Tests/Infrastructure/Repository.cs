namespace Motorsport.Deployment.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test assembly's folder upwards.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string K8s => Path.Combine(Root, "k8s");

    public static string Overlays => Path.Combine(K8s, "overlays");

    public static string Validator => Path.Combine(K8s, "validate");

    public static string Fixture(string name) => Path.Combine(K8s, "tests", "fixtures", name);

    public static string Overlay(string name) => Path.Combine(Overlays, name);

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Motorsport.Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Motorsport.Platform.sln not found above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}
