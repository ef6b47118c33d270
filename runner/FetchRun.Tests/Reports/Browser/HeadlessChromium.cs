using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace FetchRun.Tests.Reports.Browser;

/// <summary>
/// A real headless Chromium (Debian package <c>chromium</c>) driven through its DevTools protocol: no network, no
/// sandbox (tests run as root), a fresh profile per browser. Console errors, uncaught exceptions, error log
/// entries and JavaScript dialogs are collected while a page loads.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly DevToolsConnection _devTools;

    private HeadlessChromium(Process process, DirectoryInfo profile, DevToolsConnection devTools)
    {
        _process = process;
        _profile = profile;
        _devTools = devTools;
    }

    public static string Executable => Candidates.FirstOrDefault(File.Exists)
        ?? throw new AssertionException("Chromium is not installed: apt-get install -y chromium (.ci/run installs it when missing).");

    public static async Task<HeadlessChromium> StartAsync(CancellationToken ct)
    {
        var profile = Directory.CreateTempSubdirectory("fetchrun-chromium-");
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                     "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile.FullName}", "about:blank"])
            start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        var endpoint = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                endpoint.TrySetException(new InvalidOperationException($"Chromium exited before listening: {stderr}"));
                return;
            }
            lock (stderr)
                stderr.AppendLine(e.Data);
            const string Marker = "DevTools listening on ";
            if (e.Data.IndexOf(Marker, StringComparison.Ordinal) is var at and >= 0)
                endpoint.TrySetResult(new Uri(e.Data[(at + Marker.Length)..].Trim()));
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var devTools = await DevToolsConnection.ConnectAsync(await endpoint.Task.WaitAsync(ct), ct);
            return new HeadlessChromium(process, profile, devTools);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            profile.Delete(recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="url"/> in a new tab 1200 px wide, waits for the load event, awaits <paramref name="readyExpression"/>
    /// (a JavaScript expression, promises awaited) and saves a screenshot of the whole page to <paramref name="screenshot"/>.
    /// </summary>
    public async Task<PageRender> RenderAsync(string url, string readyExpression, string screenshot, CancellationToken ct)
    {
        var target = await _devTools.SendAsync("Target.createTarget", new { url = "about:blank" }, null, ct);
        var attached = await _devTools.SendAsync("Target.attachToTarget", new { targetId = target.GetProperty("targetId").GetString(), flatten = true }, null, ct);
        var session = attached.GetProperty("sessionId").GetString()!;
        var errors = new List<string>();
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _devTools.EventReceived += (method, parameters, from) =>
        {
            if (from != session)
                return;
            if (method == "Page.loadEventFired")
                loaded.TrySetResult();
            else if (PageErrors.Describe(method, parameters) is { } error)
            {
                lock (errors)
                    errors.Add(error);
                if (method == "Page.javascriptDialogOpening")
                    _ = _devTools.SendAsync("Page.handleJavaScriptDialog", new { accept = true }, session, ct);
            }
        };
        foreach (var domain in (string[])["Page.enable", "Runtime.enable", "Log.enable"])
            await _devTools.SendAsync(domain, null, session, ct);
        await _devTools.SendAsync("Emulation.setDeviceMetricsOverride", new { width = 1200, height = 900, deviceScaleFactor = 1, mobile = false }, session, ct);
        await _devTools.SendAsync("Page.navigate", new { url }, session, ct);
        await loaded.Task.WaitAsync(ct);
        var evaluated = await _devTools.SendAsync("Runtime.evaluate", new { expression = readyExpression, awaitPromise = true, returnByValue = true }, session, ct);
        if (evaluated.TryGetProperty("exceptionDetails", out var thrown))
            lock (errors)
                errors.Add($"ready expression threw: {thrown}");
        var metrics = await _devTools.SendAsync("Page.getLayoutMetrics", null, session, ct);
        var height = Math.Ceiling(metrics.GetProperty("cssContentSize").GetProperty("height").GetDouble());
        var shot = await _devTools.SendAsync("Page.captureScreenshot",
            new { format = "png", captureBeyondViewport = true, clip = new { x = 0, y = 0, width = 1200, height, scale = 1 } }, session, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await File.WriteAllBytesAsync(screenshot, Convert.FromBase64String(shot.GetProperty("data").GetString()!), ct);
        var ready = evaluated.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
        lock (errors)
            return new PageRender([.. errors], ready, screenshot);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _devTools.SendAsync("Browser.close", null, null, timeout.Token);
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _devTools.DisposeAsync();
        _process.Dispose();
        _profile.Delete(recursive: true);
    }
}
