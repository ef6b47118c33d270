using System.Text.RegularExpressions;
using FetchRun.Runner.Bootstrap;
using FetchRun.Sdk;
using FetchRun.Sdk.Storage;

namespace FetchRun.Runner.Cli;

/// <summary>What the command line asks for.</summary>
internal abstract record ParsedCommand
{
    public sealed record Help : ParsedCommand;
    public sealed record Version : ParsedCommand;
    public sealed record Execute(RunOptions Options) : ParsedCommand;
}

/// <summary>
/// Parses <c>fetchrun run|check &lt;script-uri&gt; [options] [-- args]</c>. Options on the command line win
/// over their <c>FETCHRUN_*</c> variables. Only parses: nothing is fetched or checked for existence here.
/// </summary>
internal static partial class CommandLineParser
{
    public static ParsedCommand Parse(IReadOnlyList<string> args, IEnvironment env)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
            return new ParsedCommand.Help();
        if (args[0] is "--version" or "version")
            return new ParsedCommand.Version();
        var verb = args[0] switch
        {
            "run" => Verb.Run,
            "check" => Verb.Check,
            _ => throw new CommandLineException($"unknown command '{args[0]}' (expected run or check)."),
        };

        var values = new Dictionary<OptionSpec, List<string>>();
        string? script = null;
        var scriptArgs = new List<string>();
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                scriptArgs.AddRange(args.Skip(i + 1));
                break;
            }
            if (arg is "-h" or "--help")
                return new ParsedCommand.Help();
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var (name, inline) = SplitInline(arg);
                var spec = Options.All.FirstOrDefault(o => o.Name == name)
                    ?? throw new CommandLineException($"unknown option '{name}'.");
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new CommandLineException($"{name} needs a value ({spec.ValueName})."));
                if (!values.TryGetValue(spec, out var list))
                    values[spec] = list = [];
                if (!spec.Repeatable && list.Count > 0)
                    throw new CommandLineException($"{name} was given twice.");
                list.Add(value);
                continue;
            }
            if (script is not null)
                throw new CommandLineException($"unexpected argument '{arg}' (script arguments go after '--').");
            script = arg;
        }

        script ??= env.Get(Options.Script.Environment)
            ?? throw new CommandLineException($"no script given (pass <script-uri> or set {Options.Script.Environment}).");
        var options = new OptionValues(values, env);

        return new ParsedCommand.Execute(new RunOptions(
            verb,
            ParseUri(Options.Script.Name, script),
            ParseInputs(options.All(Options.Input)),
            ParseParams(options.All(Options.Param)),
            ParseSha256(options.Single(Options.ScriptSha256)),
            ParseCache(options.Single(Options.Cache), env),
            options.Single(Options.Timeout) is { } timeout ? Durations.Parse(Options.Timeout.Name, timeout) : null,
            options.Single(Options.Grace) is { } grace ? Durations.Parse(Options.Grace.Name, grace) : RunOptions.DefaultGrace,
            ParseLogFormat(options.Single(Options.LogFormat)),
            scriptArgs));
    }

    /// <summary>
    /// The log format asked for, read before (and whatever the outcome of) parsing, so that a bad command line is
    /// reported in that format too: the last <c>--log-format</c> before <c>--</c>, else <c>FETCHRUN_LOG_FORMAT</c>,
    /// read as <see cref="Parse"/> reads it. A missing or malformed value means auto.
    /// </summary>
    public static LogFormat LogFormatHint(IReadOnlyList<string> args, IEnvironment env)
    {
        string? text = null;
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            var (name, inline) = SplitInline(args[i]);
            if (name == Options.LogFormat.Name)
                text = inline ?? (i + 1 < args.Count ? args[i + 1] : null);
        }
        var given = new Dictionary<OptionSpec, List<string>>();
        if (text is not null)
            given[Options.LogFormat] = [text];
        try
        {
            return ParseLogFormat(new OptionValues(given, env).Single(Options.LogFormat));
        }
        catch (CommandLineException)
        {
            return LogFormat.Auto;
        }
    }

    public static string DefaultCacheDirectory(IEnvironment env) =>
        env.Get(EnvironmentVariables.CacheDirectory)
        ?? Path.Combine(env.Get("XDG_CACHE_HOME") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"), "fetchrun");

    private static (string Name, string? Value) SplitInline(string arg)
    {
        var eq = arg.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (arg, null) : (arg[..eq], arg[(eq + 1)..]);
    }

    private static ObjectUri ParseUri(string option, string text)
    {
        try
        {
            return ObjectUri.Parse(text);
        }
        catch (JobFailedException e)
        {
            throw new CommandLineException($"{option}: {e.Message}");
        }
    }

    private static List<ObjectUri> ParseInputs(IReadOnlyList<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(v => v != Options.NoValue)
            .Select(v => ParseUri(Options.Input.Name, v))
            .ToList();

    private static List<KeyValuePair<string, string>> ParseParams(IReadOnlyList<string> values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in values.SelectMany(v => v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (pair == Options.NoValue)
                continue;
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? pair : pair[..eq];
            if (eq < 0 || !ParamName().IsMatch(name))
                throw new CommandLineException($"--param '{pair}' is not name=value with a name of letters, digits, '_', '-' or '.'.");
            result[name] = pair[(eq + 1)..];
        }
        return result.ToList();
    }

    private static string? ParseSha256(string? text)
    {
        if (text is null)
            return null;
        if (!Sha256Hex().IsMatch(text))
            throw new CommandLineException($"--script-sha256 '{text}' is not 64 hexadecimal digits.");
        return text.ToLowerInvariant();
    }

    private static CacheSettings ParseCache(string? text, IEnvironment env)
    {
        var directory = DefaultCacheDirectory(env);
        return text switch
        {
            null or "local" => new CacheSettings(directory, null),
            "off" => CacheSettings.Off,
            _ when text.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) =>
                new CacheSettings(directory, ParseUri(Options.Cache.Name, text.EndsWith('/') ? text : text + "/")),
            _ => throw new CommandLineException($"--cache '{text}' must be local, off or an s3:// prefix."),
        };
    }

    private static LogFormat ParseLogFormat(string? text) => text switch
    {
        null or "auto" => LogFormat.Auto,
        "json" => LogFormat.Json,
        "text" => LogFormat.Text,
        _ => throw new CommandLineException($"--log-format '{text}' must be auto, json or text."),
    };

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex ParamName();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();
}
