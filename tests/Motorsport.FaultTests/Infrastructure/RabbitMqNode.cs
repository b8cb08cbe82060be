using System.Diagnostics;
using Motorsport.IntegrationTests.Infrastructure;
using RabbitMQ.Client;

namespace Motorsport.FaultTests.Infrastructure;

/// <summary>
/// A RabbitMQ node of this run's own: its node name, loopback ports, database and logs under the run's folder, and the
/// run's Erlang cookie. Stopping or killing it touches nothing else: never the shared node that other suites use.
/// </summary>
public sealed class RabbitMqNode : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(180);

    private readonly string directory;
    private readonly string home;
    private Process? server;

    public RabbitMqNode(string runDirectory, string name)
    {
        Name = $"{name}@localhost";
        AmqpPort = ServiceProcess.FreePort();
        DistributionPort = ServiceProcess.FreePort();
        directory = Path.Combine(runDirectory, name);
        home = Path.Combine(runDirectory, "home");
        Directory.CreateDirectory(directory);
    }

    public string Name { get; }

    public int AmqpPort { get; }

    public int DistributionPort { get; }

    /// <summary>The server's pid while it runs, recorded for './platform.sh test' to end it should this process die first.</summary>
    private string PidFile => Path.Combine(directory, "pid");

    public static void WriteCookie(string runDirectory)
    {
        var cookie = Path.Combine(runDirectory, "home", ".erlang.cookie");
        Directory.CreateDirectory(Path.GetDirectoryName(cookie)!);
        File.WriteAllText(cookie, Guid.NewGuid().ToString("N"));
        // Erlang refuses a cookie that others may read; there is no Erlang node on Windows to start anyway.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        }
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Tool("rabbitmq-server"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        SetEnvironment(start);
        start.Environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
        start.Environment["RABBITMQ_NODE_PORT"] = AmqpPort.ToString();
        start.Environment["RABBITMQ_DIST_PORT"] = DistributionPort.ToString();
        start.Environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia");
        start.Environment["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log");
        start.Environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins");
        start.Environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(directory, "rabbitmq");
        start.Environment["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}";
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].");

        server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await File.WriteAllTextAsync(PidFile, server.Id.ToString());
        await WaitUntilAnsweringAsync();
    }

    /// <summary>Waits until the node accepts AMQP connections: what the services need, and sooner than the CLI's checks.</summary>
    public async Task WaitUntilAnsweringAsync()
    {
        var factory = new ConnectionFactory { HostName = "127.0.0.1", Port = AmqpPort, RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (true)
        {
            if (server is { HasExited: true })
            {
                throw new InvalidOperationException($"RabbitMQ node {Name} exited with code {server.ExitCode}; see {Path.Combine(directory, "log")}");
            }

            try
            {
                await using var connection = await factory.CreateConnectionAsync();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>A clean shutdown, as an operator's restart or a rolling upgrade does it.</summary>
    public async Task StopAsync()
    {
        await CtlAsync("stop");
        await WaitForExitAsync();
    }

    /// <summary>The node dies at once (SIGKILL), as when its machine is lost.</summary>
    public async Task KillAsync()
    {
        if (server is { HasExited: false })
        {
            server.Kill(entireProcessTree: true);
        }

        await WaitForExitAsync();
    }

    public async Task<string> CtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Tool("rabbitmqctl"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(Name);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        SetEnvironment(start);
        using var ctl = Process.Start(start)!;
        var output = ctl.StandardOutput.ReadToEndAsync();
        var error = ctl.StandardError.ReadToEndAsync();
        // The CLI boots an Erlang VM of its own: seconds on a quiet machine, minutes on a saturated one.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        try
        {
            await ctl.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            ctl.Kill(entireProcessTree: true);
            throw new TimeoutException($"rabbitmqctl {string.Join(' ', arguments)} on {Name} did not finish within 180 s");
        }

        if (ctl.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} on {Name} failed ({ctl.ExitCode}): {await error}{await output}");
        }

        return await output;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        server?.Dispose();
    }

    private async Task WaitForExitAsync()
    {
        if (server is null)
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await server.WaitForExitAsync(timeout.Token);
        File.Delete(PidFile);
    }

    private void SetEnvironment(ProcessStartInfo start)
    {
        // The cookie file in HOME is what makes this node and its CLI calls, and the run's other nodes, trust each other.
        start.Environment["HOME"] = home;
        start.Environment["RABBITMQ_NODENAME"] = Name;
        start.Environment["ERL_EPMD_ADDRESS"] = "127.0.0.1";
    }

    /// <summary>The scripts themselves, not Debian's /usr/sbin wrappers, which switch to the rabbitmq user and its cookie.</summary>
    private static string Tool(string name) =>
        File.Exists($"/usr/lib/rabbitmq/bin/{name}") ? $"/usr/lib/rabbitmq/bin/{name}" : name;
}
