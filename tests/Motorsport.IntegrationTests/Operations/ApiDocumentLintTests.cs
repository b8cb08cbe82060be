using System.Diagnostics;
using Motorsport.IntegrationTests.Infrastructure;

namespace Motorsport.IntegrationTests.Operations;

/// <summary>The documents clients get through the gateway pass the OpenAPI linter with the repository's rules (redocly.yaml).</summary>
[Collection(PlatformCollection.Name)]
public sealed class ApiDocumentLintTests(PlatformFixture platform)
{
    private static readonly TimeSpan LintTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Every_service_s_document_lints_without_errors()
    {
        // A fixed place, so the ignore file in the repository can name the documents.
        var folder = Path.Combine(TestEnvironment.RepositoryRoot, ".run", "openapi");
        Directory.CreateDirectory(folder);
        var files = new List<string>();
        foreach (var (name, prefix) in PlatformFixture.Regions.Select(r => ($"region-{r}", $"/api/regions/{r}")).Prepend(("hq", "/api/hq")))
        {
            var file = Path.Combine(folder, $"{name}.json");
            await File.WriteAllTextAsync(file, await platform.Anonymous.GetStringAsync($"{prefix}/openapi/v1.json"));
            files.Add(file);
        }

        var (exitCode, output) = await LintAsync(files);

        exitCode.ShouldBe(0, output);
    }

    private static async Task<(int ExitCode, string Output)> LintAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(TestEnvironment.OpenApiLinter)
        {
            WorkingDirectory = TestEnvironment.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "lint", "--config", "redocly.yaml", "--format", "stylish" }.Concat(files.Select(f => Path.GetRelativePath(TestEnvironment.RepositoryRoot, f))))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{TestEnvironment.OpenApiLinter} did not start.");
        using var timeout = new CancellationTokenSource(LintTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
