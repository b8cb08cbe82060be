using Motorsport.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Motorsport.FaultTests.Infrastructure;

/// <summary>
/// Each scenario's figures, in the test's output and in one summary file that './platform.sh test' prints after the run
/// (MOTORSPORT_TEST_RESULTS, else .run/test-results).
/// </summary>
public static class FaultFigures
{
    private static readonly Lock FileLock = new();

    public static string SummaryFile { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("MOTORSPORT_TEST_RESULTS") is { Length: > 0 } results ? results : Path.Combine(TestEnvironment.RepositoryRoot, ".run", "test-results"),
        "fault-figures.txt");

    public static void Report(ITestOutputHelper output, string scenario, string figures)
    {
        var line = $"{scenario}: {figures}";
        output.WriteLine(line);
        lock (FileLock)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SummaryFile)!);
            File.AppendAllText(SummaryFile, line + Environment.NewLine);
        }
    }

    public static string Seconds(TimeSpan elapsed) => $"{elapsed.TotalSeconds:0.0} s";
}
