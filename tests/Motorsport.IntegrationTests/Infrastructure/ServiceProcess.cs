using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Motorsport.IntegrationTests.Infrastructure;

/// <summary>One real service, started from its build output as ops would run it, on its own loopback port.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StreamWriter log;

    private ServiceProcess(string name, Uri address, Process process)
    {
        Name = name;
        Address = address;
        this.process = process;
        // Kept after the run, for reading what a service did when a test failed.
        var logs = Path.Combine(TestEnvironment.RepositoryRoot, ".run", "test-logs");
        Directory.CreateDirectory(logs);
        log = new StreamWriter(Path.Combine(logs, $"{name}-{DateTime.UtcNow:HHmmss}-{Environment.ProcessId}.log")) { AutoFlush = true };
    }

    public string Name { get; }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static ServiceProcess Start(string name, string projectDirectory, int port, IReadOnlyDictionary<string, string> settings)
    {
        var assembly = Path.GetFileName(projectDirectory) + ".dll";
        var outputDirectory = Path.Combine(TestEnvironment.RepositoryRoot, projectDirectory, "bin", TestEnvironment.Configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet", Path.Combine(outputDirectory, assembly)) { WorkingDirectory = outputDirectory };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        return Launch(name, start, new Uri($"http://127.0.0.1:{port}"));
    }

    /// <summary>Any program the tests need next to the services (the trace viewer), with the same logs and clean-up.</summary>
    public static ServiceProcess Launch(string name, ProcessStartInfo start, Uri address)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var service = new ServiceProcess(name, address, process);
        process.OutputDataReceived += (_, line) => service.Append(line.Data);
        process.ErrorDataReceived += (_, line) => service.Append(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout, string readyPath = "/health/ready")
    {
        // Generous per probe: on a loaded machine a starting service can take several seconds to answer its first requests.
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(15) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync(readyPath)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{Name} was not ready within {timeout}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        lock (output)
        {
            log.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }
}
