using System.Diagnostics;
using System.Globalization;

namespace FetchRun.Benchmarks;

/// <summary>Runs a program to its end under <c>/usr/bin/time -f %M</c>: its output, wall time and peak resident set.</summary>
internal static class MeasuredProcess
{
    public sealed record Result(string Output, double WallMs, long PeakRssKiB);

    /// <summary>Runs <paramref name="file"/>; a non-zero exit code throws with the program's output.</summary>
    public static async Task<Result> RunAsync(string file, IEnumerable<string> args, params (string Name, string Value)[] environment)
    {
        var rssFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "-f", "%M", "-o", rssFile, file }.Concat(args))
                start.ArgumentList.Add(a);
            foreach (var (name, value) in environment)
                start.Environment[name] = value;
            var watch = Stopwatch.StartNew();
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEndAsync();
            var errors = child.StandardError.ReadToEndAsync();
            await child.WaitForExitAsync();
            var wall = watch.Elapsed.TotalMilliseconds;
            if (child.ExitCode != 0)
                throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {child.ExitCode}: {await output}{await errors}");
            var rss = long.Parse((await File.ReadAllLinesAsync(rssFile)).Last(l => l.Length > 0), CultureInfo.InvariantCulture);
            return new Result((await output).Trim(), wall, rss);
        }
        finally
        {
            File.Delete(rssFile);
        }
    }

    /// <summary>Runs this benchmarks program again (as an apphost or through <c>dotnet</c>) with <paramref name="args"/>.</summary>
    public static Task<Result> RunSelfAsync(params string[] args)
    {
        var host = Environment.ProcessPath!;
        // GetFileNameWithoutExtension would take ".Benchmarks" for an extension of the apphost "FetchRun.Benchmarks".
        var viaDotnet = Path.GetFileName(host) is not ("FetchRun.Benchmarks" or "FetchRun.Benchmarks.exe");
        return RunAsync(host, viaDotnet ? [typeof(MeasuredProcess).Assembly.Location, .. args] : args);
    }
}
