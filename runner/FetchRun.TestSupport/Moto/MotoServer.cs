using System.Diagnostics;

namespace FetchRun.TestSupport.Moto;

/// <summary>
/// The real moto_server (S3, IAM, EC2, ECR, Batch) on 127.0.0.1: the one named by
/// <c>FETCHRUN_TEST_MOTO_URL</c>, else a process started on a free port and stopped on dispose.
/// </summary>
public sealed class MotoServer : IAsyncDisposable
{
    public const string UrlVariable = "FETCHRUN_TEST_MOTO_URL";
    private readonly Process? _process;

    private MotoServer(string url, Process? process)
    {
        Url = url;
        _process = process;
    }

    public string Url { get; }

    /// <summary>Fake credentials moto accepts; never real ones.</summary>
    public static IReadOnlyDictionary<string, string> AwsEnvironment(string url) => new Dictionary<string, string>
    {
        ["AWS_ACCESS_KEY_ID"] = "testing",
        ["AWS_SECRET_ACCESS_KEY"] = "testing",
        ["AWS_REGION"] = "us-east-1",
        ["AWS_DEFAULT_REGION"] = "us-east-1",
        ["AWS_EC2_METADATA_DISABLED"] = "true",
        ["AWS_ENDPOINT_URL_S3"] = url,
    };

    public static async Task<MotoServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } existing)
            return new MotoServer(existing.TrimEnd('/'), null);
        var port = Ports.FreeLoopbackPort();
        var start = new ProcessStartInfo("moto_server", ["-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Ports.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        return new MotoServer($"http://127.0.0.1:{port}", process);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
            return;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
        _process.Dispose();
    }
}
