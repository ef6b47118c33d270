using System.Diagnostics;
using System.Globalization;

namespace FetchRun.TestSupport.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster under /tmp made with initdb and driven with pg_ctl, as the <c>postgres</c> OS
/// user when the tests run as root (the server refuses to run as root).
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private const string BinariesRoot = "/usr/lib/postgresql";
    private readonly string _root;
    private readonly string _bin;
    private readonly bool _asPostgresUser;
    private int _disposed;

    private PostgresCluster(string root, string bin, int port, bool asPostgresUser)
    {
        _root = root;
        _bin = bin;
        Port = port;
        _asPostgresUser = asPostgresUser;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveNow();
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    public static async Task<PostgresCluster> CreateAsync(string user, string password)
    {
        var bin = FindBinaries();
        var root = Path.Combine(Path.GetTempPath(), $"fetchrun-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(root);
        Directory.CreateDirectory(Path.Combine(root, "sock"));
        var asPostgresUser = Environment.IsPrivilegedProcess;
        var cluster = new PostgresCluster(root, bin, Ports.FreeLoopbackPort(), asPostgresUser);
        try
        {
            var passwordFile = Path.Combine(root, "pwfile");
            await File.WriteAllTextAsync(passwordFile, password + "\n").ConfigureAwait(false);
            if (asPostgresUser)
                await RunAsync("chown", ["-R", "postgres:postgres", root], asUser: false).ConfigureAwait(false);
            await cluster.RunToolAsync("initdb", ["-D", cluster.DataDirectory, "-U", user, "--pwfile", passwordFile,
                "--auth-host=scram-sha-256", "--auth-local=trust", "--no-sync", "--no-instructions", "-E", "UTF8", "--locale=C"]).ConfigureAwait(false);
            File.Delete(passwordFile);
            await File.AppendAllTextAsync(Path.Combine(cluster.DataDirectory, "postgresql.conf"), string.Create(CultureInfo.InvariantCulture, $"""

                listen_addresses = '127.0.0.1'
                port = {cluster.Port}
                unix_socket_directories = '{Path.Combine(root, "sock")}'
                fsync = off
                synchronous_commit = off
                full_page_writes = off
                shared_buffers = 32MB
                max_connections = 60
                log_min_messages = warning

                """)).ConfigureAwait(false);
            await cluster.StartAsync().ConfigureAwait(false);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task StartAsync() =>
        RunToolAsync("pg_ctl", ["-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "start"]);

    public Task StopAsync() => RunToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "-t", "60", "stop"]);

    public ValueTask DisposeAsync()
    {
        RemoveNow();
        return ValueTask.CompletedTask;
    }

    private void RemoveNow()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            using var stop = Process.Start(Start(Tool("pg_ctl"), ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], _asPostgresUser));
            stop?.WaitForExit(30_000);
        }
        for (var attempt = 0; attempt < 5 && Directory.Exists(_root); attempt++)
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A server process may still be closing files; best effort, a leftover under /tmp harms nothing.
                Thread.Sleep(100);
            }
        }
    }

    private string Tool(string name) => Path.Combine(_bin, name);

    private Task RunToolAsync(string name, string[] arguments) => RunAsync(Tool(name), arguments, _asPostgresUser);

    private static async Task RunAsync(string file, string[] arguments, bool asUser)
    {
        using var process = Process.Start(Start(file, arguments, asUser)) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} exited {process.ExitCode}: {await stderr.ConfigureAwait(false)}{await stdout.ConfigureAwait(false)}");
    }

    private static ProcessStartInfo Start(string file, string[] arguments, bool asUser)
    {
        var info = new ProcessStartInfo(asUser ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asUser)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
                info.ArgumentList.Add(a);
        }
        foreach (var a in arguments)
            info.ArgumentList.Add(a);
        return info;
    }

    private static string FindBinaries()
    {
        var candidates = Directory.Exists(BinariesRoot)
            ? Directory.GetDirectories(BinariesRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(c => File.Exists(Path.Combine(c.Dir, "initdb")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Dir)
                .ToArray()
            : [];
        return candidates.FirstOrDefault() ?? throw new InvalidOperationException(
            $"No PostgreSQL server binaries under {BinariesRoot}/<version>/bin: install the Debian package 'postgresql' or set {PostgresServer.ConnectionVariable}.");
    }
}
