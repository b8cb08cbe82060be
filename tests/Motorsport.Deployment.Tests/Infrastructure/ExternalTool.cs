using System.ComponentModel;
using System.Diagnostics;

namespace Motorsport.Deployment.Tests.Infrastructure;

public sealed record ToolResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() =>
        $"`{Command}` exited with {ExitCode}.{Environment.NewLine}stderr:{Environment.NewLine}{StandardError}";
}

/// <summary>Runs kubectl, node and npm. A missing tool is an error with a clear message, never a skipped test.</summary>
public static class ExternalTool
{
    public static ToolResult Run(
        string tool, IReadOnlyList<string> arguments, string workingDirectory, TimeSpan timeout, string? standardInput = null)
    {
        var command = $"{tool} {string.Join(' ', arguments)}";
        var start = new ProcessStartInfo(Executable(tool))
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = standardInput is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"`{command}` did not start.");
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"`{tool}` is not installed or not on PATH ({exception.Message}). The deployment tests need kubectl " +
                "(with built-in kustomize) and Node.js with npm; install them, they are not optional.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (standardInput is not null)
            {
                process.StandardInput.Write(standardInput);
                process.StandardInput.Close();
            }

            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"`{command}` did not finish within {timeout}.");
            }

            process.WaitForExit();
            return new ToolResult(command, process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
        }
    }

    private static string Executable(string tool) =>
        OperatingSystem.IsWindows() && tool == "npm" ? "npm.cmd" : tool;
}
