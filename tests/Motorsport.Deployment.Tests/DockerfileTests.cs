using System.Text.RegularExpressions;
using System.Xml.Linq;
using Motorsport.Deployment.Tests.Infrastructure;

namespace Motorsport.Deployment.Tests;

/// <summary>
/// The one Dockerfile, as each deployable's build reads it with its project folder as PROJECT (no container engine here
/// to build them): multi-stage from the .NET SDK to the ASP.NET runtime, the repository root as build context, a restore
/// layer holding every project the deployable references, the non-root app user, port 8080, and the deployable's own
/// assembly as entry point.
/// </summary>
public sealed partial class DockerfileTests
{
    public static TheoryData<string> Deployables => new()
    {
        "gateway/Motorsport.Gateway/Motorsport.Gateway.csproj",
        "services/Headquarters/Motorsport.Headquarters/Motorsport.Headquarters.csproj",
        "services/Regional/Motorsport.Regional/Motorsport.Regional.csproj",
        "services/WebApp/Motorsport.WebApp/Motorsport.WebApp.csproj",
    };

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Builds_with_the_sdk_and_runs_on_the_aspnet_runtime_in_separate_stages(string project)
    {
        var stages = Stages(project);

        stages.Count.ShouldBeGreaterThanOrEqualTo(2);
        stages[0].From.ShouldStartWith("mcr.microsoft.com/dotnet/sdk:10.0");
        stages[^1].From.ShouldStartWith("mcr.microsoft.com/dotnet/aspnet:10.0");
        stages[^1].Instructions.ShouldNotContain(i => i.Keyword == "RUN", "the runtime stage only receives the published output");
        stages[^1].Instructions.ShouldContain(i => i.Keyword == "COPY" && i.Arguments.StartsWith("--from=build /app/publish", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Runs_as_the_non_root_app_user_on_port_8080_with_its_own_assembly(string project)
    {
        var final = Stages(project)[^1].Instructions;

        final.Last(i => i.Keyword == "USER").Arguments.ShouldBe("$APP_UID");
        final.ShouldContain(i => i.Keyword == "EXPOSE" && i.Arguments == "8080");
        final.ShouldContain(i => i.Keyword == "ENV" && i.Arguments.Contains("ASPNETCORE_HTTP_PORTS=8080"));
        final.ShouldContain(i => i.Keyword == "ENV" && i.Arguments.Contains($"APP_ASSEMBLY={AssemblyName(project)}.dll"));
        final.Last(i => i.Keyword == "ENTRYPOINT").Arguments.ShouldBe("""["/bin/sh", "-c", "exec dotnet \"$APP_ASSEMBLY\""]""");
        final.FindIndex(i => i.Keyword == "ENTRYPOINT").ShouldBeGreaterThan(final.FindLastIndex(i => i.Keyword == "USER"));
        final.Where(i => i.Keyword == "USER").ShouldAllBe(i => i.Arguments != "root" && i.Arguments != "0");
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Restores_from_every_referenced_project_file_then_publishes_from_their_sources(string project)
    {
        var build = Stages(project)[0].Instructions;
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var publish = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet publish", StringComparison.Ordinal));
        restore.ShouldBeGreaterThan(0);
        publish.ShouldBeGreaterThan(restore);
        build[restore].Arguments.ShouldBe($"dotnet restore {project}");
        build[publish].Arguments.ShouldStartWith($"dotnet publish {project} ");
        build[publish].Arguments.ShouldContain("--no-restore");
        build[publish].Arguments.ShouldContain("--configuration Release");

        var beforeRestore = CopiedSources(build.Take(restore));
        var beforePublish = CopiedSources(build.Take(publish));
        beforeRestore.ShouldContain("Directory.Build.props");
        beforeRestore.ShouldContain("Directory.Packages.props");
        foreach (var referenced in ProjectClosure(project))
        {
            beforeRestore.ShouldContain(referenced, $"{referenced} must be copied before the restore");
            var folder = Path.GetDirectoryName(referenced)!.Replace('\\', '/') + "/";
            beforePublish.ShouldContain(s => s.EndsWith('/') && folder.StartsWith(s, StringComparison.Ordinal), $"the sources of {folder} must be copied before the publish");
        }
    }

    [Theory]
    [MemberData(nameof(Deployables))]
    public void Copies_only_paths_that_exist_in_the_repository_root_build_context(string project)
    {
        var ignored = File.ReadAllLines(Repository.PathOf(".dockerignore"))
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("**", StringComparison.Ordinal) && l.EndsWith('/'))
            .ToList();

        foreach (var source in CopiedSources(Stages(project)[0].Instructions).Where(s => !s.Contains('[')))
        {
            (File.Exists(Repository.PathOf(source)) || Directory.Exists(Repository.PathOf(source))).ShouldBeTrue($"{source} is not in the repository");
            ignored.ShouldNotContain(i => source.StartsWith(i, StringComparison.Ordinal), $"{source} is excluded by .dockerignore");
        }
    }

    [Fact]
    public void The_build_context_leaves_out_build_output_local_data_and_tooling()
    {
        var ignore = File.ReadAllLines(Repository.PathOf(".dockerignore")).Select(l => l.Trim()).ToList();

        ignore.ShouldContain("**/bin/");
        ignore.ShouldContain("**/obj/");
        ignore.ShouldContain("**/*.db");
        ignore.ShouldContain("**/node_modules/");
        ignore.ShouldContain(".git/");
        ignore.ShouldContain("tests/");
        ignore.ShouldContain("k8s/");
    }

    [Fact]
    public void The_gateway_image_ships_no_database_provider()
    {
        var packages = ProjectClosure("gateway/Motorsport.Gateway/Motorsport.Gateway.csproj")
            .SelectMany(project => XDocument.Load(Repository.PathOf(project)).Descendants("PackageReference"))
            .Select(reference => reference.Attribute("Include")!.Value)
            .ToList();

        packages.ShouldContain("Yarp.ReverseProxy");
        packages.ShouldNotContain(package => package.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
            || package.StartsWith("Npgsql", StringComparison.Ordinal) || package.StartsWith("Microsoft.Data.", StringComparison.Ordinal));
    }

    private sealed record Instruction(string Keyword, string Arguments);

    private sealed record Stage(string From, List<Instruction> Instructions);

    /// <summary>The Dockerfile's stages as the build of <paramref name="project"/> sees them, its PROJECT argument substituted.</summary>
    private static List<Stage> Stages(string project)
    {
        var dockerfile = Repository.PathOf("Dockerfile");
        File.Exists(dockerfile).ShouldBeTrue($"{dockerfile} is missing");
        var folder = Path.GetDirectoryName(project)!.Replace('\\', '/');
        var text = ProjectArgument().Replace(LineContinuation().Replace(File.ReadAllText(dockerfile), " "), argument =>
            argument.Groups["basename"].Success ? Path.GetFileName(folder) : folder);
        var stages = new List<Stage>();
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var space = line.IndexOf(' ');
            var keyword = line[..space].ToUpperInvariant();
            var arguments = WhiteSpace().Replace(line[(space + 1)..].Trim(), " ");
            if (keyword == "FROM")
            {
                stages.Add(new Stage(arguments.Split(' ')[0], []));
            }
            else
            {
                stages.ShouldNotBeEmpty("a Dockerfile starts with FROM");
                stages[^1].Instructions.Add(new Instruction(keyword, arguments));
            }

            if (keyword == "COPY" || keyword == "ENV")
            {
                arguments.ShouldNotContain("${", customMessage: "only ${PROJECT} and ${PROJECT##*/} are substituted");
            }
        }

        return stages;
    }

    /// <summary>The sources (relative to the build context) of the COPY instructions that copy from it.</summary>
    private static List<string> CopiedSources(IEnumerable<Instruction> instructions) =>
        instructions
            .Where(i => i.Keyword == "COPY" && !i.Arguments.Contains("--from=", StringComparison.Ordinal))
            .SelectMany(i => i.Arguments.Split(' ').Where(a => !a.StartsWith("--", StringComparison.Ordinal)).SkipLast(1))
            .ToList();

    /// <summary>The project and every project it references, transitively, as paths relative to the repository root.</summary>
    private static List<string> ProjectClosure(string project)
    {
        var found = new List<string>();
        var pending = new Stack<string>([Repository.PathOf(project)]);
        while (pending.TryPop(out var path))
        {
            var relative = Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');
            if (found.Contains(relative))
            {
                continue;
            }

            found.Add(relative);
            foreach (var reference in XDocument.Load(path).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include)));
            }
        }

        return found;
    }

    private static string AssemblyName(string project)
    {
        var declared = XDocument.Load(Repository.PathOf(project)).Descendants("AssemblyName").FirstOrDefault()?.Value;
        return string.IsNullOrWhiteSpace(declared) ? Path.GetFileNameWithoutExtension(project) : declared;
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex LineContinuation();

    [GeneratedRegex(@"\$\{PROJECT(?<basename>##\*/)?\}")]
    private static partial Regex ProjectArgument();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
