using FetchRun.Runner.Bootstrap;
using FetchRun.Runner.Cli;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Cli;

public sealed class CommandLineParserTests
{
    private static RunOptions Parse(string[] args, Dictionary<string, string>? env = null) =>
        ((ParsedCommand.Execute)CommandLineParser.Parse(args, new DictionaryEnvironment(env ?? []))).Options;

    [Test]
    public void Parse_AllOptions_ReadsEachOne()
    {
        var options = Parse(["run", "s3://b/jobs/x.csx?versionId=v1", "--input", "s3://b/in/", "--input=a.jsonl,b.jsonl",
            "--param", "target=de;batch=10", "--param", "sink=sqlite", "--script-sha256", new string('A', 64),
            "--cache", "s3://b/cache", "--timeout", "15m", "--grace", "10s", "--log-format", "json", "--", "x", "--y"]);

        Assert.Multiple(() =>
        {
            Assert.That(options.Verb, Is.EqualTo(Verb.Run));
            Assert.That(options.Script.Scheme, Is.EqualTo(ObjectScheme.S3));
            Assert.That(options.Script.VersionId, Is.EqualTo("v1"));
            Assert.That(options.Inputs.Select(i => i.FileName), Is.EqualTo(new[] { "", "a.jsonl", "b.jsonl" }));
            Assert.That(options.Params.Select(p => $"{p.Key}={p.Value}"), Is.EqualTo(new[] { "target=de", "batch=10", "sink=sqlite" }));
            Assert.That(options.ScriptSha256, Is.EqualTo(new string('a', 64)));
            Assert.That(options.Cache.Shared?.ToString(), Is.EqualTo("s3://b/cache/"));
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromMinutes(15)));
            Assert.That(options.Grace, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(options.LogFormat, Is.EqualTo(LogFormat.Json));
            Assert.That(options.Args, Is.EqualTo(new[] { "x", "--y" }));
        });
    }

    [Test]
    public void Parse_OnlyEnvironment_ReadsFetchRunVariables()
    {
        var options = Parse(["check"], new()
        {
            ["FETCHRUN_SCRIPT"] = "job.csx",
            ["FETCHRUN_INPUT"] = "a.csv",
            ["FETCHRUN_PARAMS"] = "k=v",
            ["FETCHRUN_TIMEOUT"] = "90",
            ["FETCHRUN_CACHE"] = "off",
        });

        Assert.Multiple(() =>
        {
            Assert.That(options.Verb, Is.EqualTo(Verb.Check));
            Assert.That(options.Script.FileName, Is.EqualTo("job.csx"));
            Assert.That(options.Inputs.Single().FileName, Is.EqualTo("a.csv"));
            Assert.That(options.Params.Single().Value, Is.EqualTo("v"));
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(options.Cache.Enabled, Is.False);
        });
    }

    [Test]
    public void Parse_CommandLineAndEnvironment_CommandLineWins()
    {
        var options = Parse(["run", "a.csx", "--timeout", "5s"], new() { ["FETCHRUN_TIMEOUT"] = "1h", ["FETCHRUN_SCRIPT"] = "b.csx" });

        Assert.That((options.Script.FileName, options.Timeout), Is.EqualTo(("a.csx", (TimeSpan?)TimeSpan.FromSeconds(5))));
    }

    [Test]
    public void Parse_NoneValues_MeanNotSet()
    {
        var options = Parse(["run", "a.csx", "--script-sha256", "none", "--input", "none", "--param", "none"]);

        Assert.That((options.ScriptSha256, options.Inputs.Count, options.Params.Count), Is.EqualTo(((string?)null, 0, 0)));
    }

    [TestCase(new[] { "run" }, "no script given")]
    [TestCase(new[] { "deploy", "a.csx" }, "unknown command 'deploy'")]
    [TestCase(new[] { "run", "a.csx", "--bogus", "1" }, "unknown option '--bogus'")]
    [TestCase(new[] { "run", "a.csx", "--timeout" }, "--timeout needs a value")]
    [TestCase(new[] { "run", "a.csx", "--timeout", "soon" }, "--timeout 'soon' is not a duration")]
    [TestCase(new[] { "run", "a.csx", "--param", "novalue" }, "--param 'novalue' is not name=value")]
    [TestCase(new[] { "run", "a.csx", "--script-sha256", "abc" }, "--script-sha256 'abc' is not 64 hexadecimal digits")]
    [TestCase(new[] { "run", "http://example.com/a.csx" }, "plain http:// is refused")]
    [TestCase(new[] { "run", "ftp://host/a.csx" }, "the scheme 'ftp' is not supported")]
    [TestCase(new[] { "run", "a.csx", "b.csx" }, "unexpected argument 'b.csx'")]
    [TestCase(new[] { "run", "a.csx", "--cache", "/tmp/x" }, "--cache '/tmp/x' must be local, off or an s3:// prefix")]
    public void Parse_BadCommandLine_NamesTheProblem(string[] args, string expected)
    {
        Assert.That(() => CommandLineParser.Parse(args, new DictionaryEnvironment(new Dictionary<string, string>())),
            Throws.TypeOf<CommandLineException>().With.Message.Contains(expected));
    }

    [TestCase(new[] { "run", "a.csx", "--log-format", "yaml" }, null)]
    [TestCase(new[] { "run", "a.csx" }, "yaml")]
    public void Parse_BadLogFormat_FailsWithTheExactMessageWhereverItCameFrom(string[] args, string? variable)
    {
        var env = new DictionaryEnvironment(variable is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["FETCHRUN_LOG_FORMAT"] = variable });

        Assert.That(() => CommandLineParser.Parse(args, env),
            Throws.TypeOf<CommandLineException>().With.Message.EqualTo("--log-format 'yaml' must be auto, json or text."));
    }

    [Test]
    public void Parse_Help_ListsEveryOptionWithItsVariable()
    {
        Assert.That(CommandLineParser.Parse(["--help"], new DictionaryEnvironment(new Dictionary<string, string>())), Is.TypeOf<ParsedCommand.Help>());
        var help = HelpText.Build();
        foreach (var option in Options.All)
            Assert.That(help, Does.Contain(option.Environment).And.Contain(option.Name));
    }

    [Test]
    public void Options_EnvironmentNames_UseTheFetchRunPrefixNeverBatchs()
    {
        Assert.That(Options.All.Select(o => o.Environment), Has.All.StartsWith("FETCHRUN_"));
    }

    [Test]
    public void Help_CacheAndPin_SayWhoWritesTheSharedCacheAndWhatThePinCovers()
    {
        var help = HelpText.Build();

        Assert.That(help, Does.Contain("'run' only reads the S3 prefix (a miss is compiled and kept locally); 'check' compiles and writes it")
            .And.Contain("SHA-256 of the script and its closure (#load files, #r dll files; the #r nuget list is script text)"));
    }

    [Test]
    public void Help_Packages_NamesTheFeedVariable()
    {
        Assert.That(HelpText.Build(), Does.Contain("#r \"nuget: Id, Version\" packages come from FETCHRUN_NUGET_SOURCE"));
    }

    [TestCase(new[] { "run", "x.csx", "--log-format", "json" }, null, "Json")]
    [TestCase(new[] { "run", "--log-format=text", "--bogus" }, "json", "Text")]
    [TestCase(new[] { "run", "x.csx", "--", "--log-format", "text" }, "json", "Json")]
    [TestCase(new[] { "run", "x.csx", "--log-format", "yaml" }, null, "Auto")]
    [TestCase(new[] { "run", "x.csx", "--log-format" }, null, "Auto")]
    public void LogFormatHint_AnyCommandLine_ReadsTheFormatWithoutThrowing(string[] args, string? variable, string expected)
    {
        var env = new DictionaryEnvironment(variable is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["FETCHRUN_LOG_FORMAT"] = variable });

        Assert.That(CommandLineParser.LogFormatHint(args, env).ToString(), Is.EqualTo(expected));
    }

    [TestCase(new[] { "run", "x.csx", "--log-format", "json" }, "text", "Json")]
    [TestCase(new[] { "run", "x.csx" }, "text", "Text")]
    [TestCase(new[] { "run", "x.csx" }, "none", "Auto")]
    [TestCase(new[] { "run", "x.csx", "--log-format", "none" }, "json", "Auto")]
    public void LogFormatHint_ValidCommandLine_AgreesWithParse(string[] args, string variable, string expected)
    {
        var env = new Dictionary<string, string> { ["FETCHRUN_LOG_FORMAT"] = variable };

        Assert.That((CommandLineParser.LogFormatHint(args, new DictionaryEnvironment(env)).ToString(), Parse(args, env).LogFormat.ToString()),
            Is.EqualTo((expected, expected)));
    }
}
