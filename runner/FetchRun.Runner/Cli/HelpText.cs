using System.Reflection;
using System.Text;

namespace FetchRun.Runner.Cli;

internal static class HelpText
{
    public static string Version =>
        typeof(HelpText).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Build()
    {
        var text = new StringBuilder();
        text.AppendLine($"fetchrun {Version} — fetch, compile (cached) and run C# script jobs under the AWS Batch contract.");
        text.AppendLine();
        text.AppendLine("Usage:");
        text.AppendLine("  fetchrun run <script-uri> [options] [-- args]   fetch, compile and run the script");
        text.AppendLine("  fetchrun check <script-uri> [options]           fetch and compile only; print diagnostics, resolved packages and the script's pin, fill the cache (an S3 one too)");
        text.AppendLine("  fetchrun --version | --help");
        text.AppendLine();
        text.AppendLine("Options (each also read from its environment variable; the value 'none' means not set):");
        foreach (var option in Options.All)
        {
            var name = option.Name.StartsWith('<') ? option.Name : $"{option.Name} <{option.ValueName}>";
            text.AppendLine($"  {name}");
            text.AppendLine($"      {option.Help}");
            text.AppendLine($"      env: {option.Environment}");
        }
        text.AppendLine();
        text.AppendLine("Exit codes: 0 ok · 64 usage, bad URI or refused #load/#r · 65 does not compile (unknown package too) / input unusable · 66 not found · 70 script threw ·");
        text.AppendLine("            75 temporary (Batch retries) · 77 permission denied or sha256 mismatch · 143 stopped, progress saved (Batch retries)");
        text.AppendLine();
        text.AppendLine("AWS endpoints follow AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE>; the compile cache lives in FETCHRUN_CACHE_DIR.");
        text.AppendLine("#r \"nuget: Id, Version\" packages come from FETCHRUN_NUGET_SOURCE (feed URL, folder or NuGet.Config source name; default the public feed).");
        return text.ToString();
    }
}
