using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace FetchRun.Tests.Nlp.Aws;

/// <summary>The botocore service models installed on this machine (the official API definitions).</summary>
internal static class ServiceModels
{
    private static readonly Lazy<string?> DataDirectory = new(FindDataDirectory);

    /// <summary>The newest <c>service-2.json</c> of <paramref name="service"/>; the test is ignored when botocore is missing.</summary>
    public static JsonElement Load(string service)
    {
        if (DataDirectory.Value is not { } data || !Directory.Exists(Path.Combine(data, service)))
        {
            Assert.Ignore("botocore's data folder is not installed; the service-model checks need it");
            throw new UnreachableException();
        }
        var file = Directory.GetFiles(Path.Combine(data, service), "service-2.json.gz", SearchOption.AllDirectories).Max()!;
        using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        return JsonDocument.Parse(gzip).RootElement.Clone();
    }

    public static IReadOnlySet<string> Members(JsonElement model, string shape) =>
        model.GetProperty("shapes").GetProperty(shape).GetProperty("members").EnumerateObject().Select(m => m.Name).ToHashSet();

    public static IReadOnlySet<string> Required(JsonElement model, string shape) =>
        model.GetProperty("shapes").GetProperty(shape).TryGetProperty("required", out var r)
            ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet()
            : new HashSet<string>();

    public static string ShapeOf(JsonElement model, string operation, string direction) =>
        model.GetProperty("operations").GetProperty(operation).GetProperty(direction).GetProperty("shape").GetString()!;

    private static string? FindDataDirectory()
    {
        try
        {
            using var python = Process.Start(new ProcessStartInfo("python3", ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__))"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (python is null)
                return null;
            var output = python.StandardOutput.ReadToEnd().Trim();
            python.WaitForExit();
            return python.ExitCode == 0 ? Path.Combine(output, "data") : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
