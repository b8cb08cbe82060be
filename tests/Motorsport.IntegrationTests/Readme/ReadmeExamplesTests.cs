using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using Motorsport.IntegrationTests.Infrastructure;
using Motorsport.ServiceDefaults.Security;

namespace Motorsport.IntegrationTests.Readme;

/// <summary>
/// A platform of its own: the demo seed and the README's examples fill it with data no other test expects. It runs after
/// the other collections, alone, because both platforms would share the run's RabbitMQ virtual host and its queue names.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReadmeCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "readme";
}

/// <summary>
/// A reader follows the README literally after <c>./platform.sh up --demo</c>: every walk-through's examples run in
/// order against the demo, each variable taken from an earlier answer, and every call succeeds.
/// </summary>
[Collection(ReadmeCollection.Name)]
[SupportedOSPlatform("linux")] // the README's examples are bash
public sealed class ReadmeExamplesTests(PlatformFixture platform)
{
    private static readonly string Readme = Path.Combine(TestEnvironment.RepositoryRoot, "README.md");

    private static readonly string[] WalkThroughs =
    [
        "Headquarters: the car-model catalogue", "Headquarters: the training-course catalogue", "Headquarters: every region at a glance",
        "A regional office's day", "Training and certificates", "Results, points and standings (regional service)",
        "A regional office: its catalogue replica", "Ops",
    ];

    [Fact]
    public void Every_walk_through_has_examples_that_run()
    {
        var sections = ReadmeExamples.Read(Readme).Select(e => e.Section).ToHashSet();

        WalkThroughs.Where(w => !sections.Contains(w)).ShouldBeEmpty("walk-throughs without a ```bash example the README test runs");
    }

    [Fact]
    public async Task The_readme_examples_run_in_order_against_the_demo()
    {
        var gateway = platform.GatewayAddress.ToString().TrimEnd('/');
        var work = Directory.CreateTempSubdirectory("readme-examples-");
        try
        {
            var seed = await RunAsync(
                Path.Combine(TestEnvironment.RepositoryRoot, "scripts", "demo-seed.sh"), [gateway, .. PlatformFixture.Regions], work.FullName, SeedTokens());
            seed.ExitCode.ShouldBe(0, $"the demo seed failed:\n{seed.Output}");

            // The reader's working copy: the README calls ./platform.sh and scripts/demo-seed.sh from the repository's root.
            Forward(Path.Combine(work.FullName, "platform.sh"), "platform.sh");
            Directory.CreateDirectory(Path.Combine(work.FullName, "scripts"));
            Forward(Path.Combine(work.FullName, "scripts", "demo-seed.sh"), "scripts/demo-seed.sh");
            var script = Path.Combine(work.FullName, "readme-examples.sh");
            await File.WriteAllTextAsync(script, ReadmeExamples.Script(ReadmeExamples.Read(Readme), gateway));

            var run = await RunAsync(script, [], work.FullName, new Dictionary<string, string>());

            var failed = run.Output.Split('\n').Where(line => line.StartsWith("README.md line ", StringComparison.Ordinal)).Distinct();
            run.ExitCode.ShouldBe(0, $"{string.Join('\n', failed)}\nThe run's last output:\n{Tail(run.Output)}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private Dictionary<string, string> SeedTokens()
    {
        var tokens = new Dictionary<string, string> { ["HQ_TOKEN"] = platform.Token(Roles.HeadquartersAdmin) };
        foreach (var region in PlatformFixture.Regions)
        {
            tokens[$"REGION_TOKEN_{region.Replace('-', '_')}"] = platform.Token(Roles.RegionStaff, region);
        }

        return tokens;
    }

    private static void Forward(string path, string target)
    {
        File.WriteAllText(path, $"#!/usr/bin/env bash\nexec '{Path.Combine(TestEnvironment.RepositoryRoot, target)}' \"$@\"\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string script, IEnumerable<string> arguments, string directory, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // ./platform.sh token signs with the key this run's services validate.
        start.Environment["Auth__SigningKey"] = platform.Auth.SigningKey;
        start.Environment["CONFIGURATION"] = TestEnvironment.Configuration;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish within 20 minutes:\n{Tail(output.ToString())}");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static string Tail(string output) => output.Length <= 2000 ? output : "…" + output[^2000..];
}
