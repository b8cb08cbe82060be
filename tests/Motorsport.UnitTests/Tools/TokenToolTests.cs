using System.Diagnostics;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Motorsport.UnitTests.Tools;

/// <summary>The token tool as './platform.sh token' runs it: its built output, with the regions platform.sh configures.</summary>
public sealed class TokenToolTests
{
    private const string SigningKey = "a-signing-key-for-the-token-tool-tests-only";

    [Theory]
    [InlineData("--role root", "error: unknown role 'root' (roles: hq-admin, hq-analyst, region-staff, ops)")]
    [InlineData("--role region-staff --region mars", "error: unknown region 'mars' (configured: europe, us, asia-pacific)")]
    [InlineData("--role region-staff", "error: a region-staff token needs a region (configured: europe, us, asia-pacific)")]
    [InlineData("--role hq-admin --minutes -10", "error: the lifetime must be a positive number of minutes, not -10")]
    [InlineData("--role hq-admin --minutes 0", "error: the lifetime must be a positive number of minutes, not 0")]
    [InlineData("--role hq-admin --minutes soon", "error: Cannot parse argument 'soon' for option '--minutes' as expected type 'System.Int32'.")]
    [InlineData("--region europe", "error: Option '--role' is required.")]
    public async Task Nonsense_is_refused_with_one_line_and_a_non_zero_exit(string arguments, string message)
    {
        var (exitCode, output, error) = await RunAsync(arguments);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.TrimEnd().ShouldBe(message);
    }

    [Fact]
    public async Task A_missing_signing_key_is_one_line_too()
    {
        var (exitCode, output, error) = await RunAsync("--role ops", signingKey: null);

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.TrimEnd().ShouldBe("error: Auth:SigningKey is not set.");
    }

    [Fact]
    public async Task A_region_staff_token_for_a_configured_region_carries_its_role_region_and_lifetime()
    {
        var (exitCode, output, error) = await RunAsync("--role region-staff --region asia-pacific --minutes 30");

        exitCode.ShouldBe(0, error);
        var token = new JsonWebToken(output.Trim());
        token.GetClaim("role").Value.ShouldBe("region-staff");
        token.GetClaim("region").Value.ShouldBe("asia-pacific");
        token.GetClaim("sub").Value.ShouldBe("region-staff@asia-pacific");
        (token.ValidTo - token.ValidFrom).ShouldBe(TimeSpan.FromMinutes(30));
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string arguments, string? signingKey = SigningKey)
    {
        var start = new ProcessStartInfo("dotnet", [ToolPath(), .. arguments.Split(' ')])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["MOTORSPORT_REGIONS"] = "europe us asia-pacific";
        // Replaces, or removes, the key './platform.sh test' exports for the services.
        start.Environment.Remove("Auth__SigningKey");
        if (signingKey is not null)
        {
            start.Environment["Auth__SigningKey"] = signingKey;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The tool's build next to this test assembly's: tools/Motorsport.Tokens/bin/{configuration}/net10.0.</summary>
    private static string ToolPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        for (var dir = output; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Motorsport.Platform.sln")))
            {
                return Path.Combine(dir.FullName, "tools", "Motorsport.Tokens", "bin", configuration, framework, "Motorsport.Tokens.dll");
            }
        }

        throw new InvalidOperationException("Motorsport.Platform.sln not found above " + AppContext.BaseDirectory);
    }
}
