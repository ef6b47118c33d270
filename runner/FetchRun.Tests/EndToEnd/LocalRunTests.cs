namespace FetchRun.Tests.EndToEnd;

public sealed class LocalRunTests : RunnerFixture
{
    private const string Hello = """
        Log.Info("greeting", ("who", Params.Get("who", "world")));
        Console.WriteLine($"hello {Params.Get("who", "world")} args={string.Join('|', Args)} job={Job.Id}");
        return Params.GetInt("code", 0);
        """;

    [Test]
    public async Task Run_LocalHello_PrintsAndReturnsItsCode()
    {
        var script = WriteScript("hello.csx", Hello);

        var (code, process) = await RunAsync(["run", script, "--param", "who=tests;code=3", "--", "a", "b"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(3), process.Stderr);
            Assert.That(process.Stdout, Is.EqualTo("hello tests args=a|b job=local"));
            Assert.That(process.LogRecord("greeting").GetProperty("who").GetString(), Is.EqualTo("tests"));
            Assert.That(process.LogRecord("job finished").GetProperty("exit_code").GetInt32(), Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Run_FileUri_Works()
    {
        var script = WriteScript("hello.csx", Hello);

        var (code, process) = await RunAsync(["run", new Uri(script).AbsoluteUri]);

        Assert.That((code, process.Stdout), Is.EqualTo((0, "hello world args= job=local")), process.Stderr);
    }

    [Test]
    public async Task Run_SecondTime_IsACacheHitThatNeverLoadsTheCompiler()
    {
        var script = WriteScript("hello.csx", Hello);

        var (firstCode, first) = await RunAsync(["run", script]);
        var (secondCode, second) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That((firstCode, secondCode), Is.EqualTo((0, 0)), second.Stderr);
            Assert.That(first.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("miss"));
            Assert.That(first.LogRecord("job finished").GetProperty("compiler_loaded").GetBoolean(), Is.True);
            Assert.That(second.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("localhit"));
            Assert.That(second.LogRecord("job finished").GetProperty("compiler_loaded").GetBoolean(), Is.False);
            Assert.That(second.Stdout, Is.EqualTo(first.Stdout));
        });
    }

    [Test]
    public async Task Run_ChangedScript_IsCompiledAgain()
    {
        var script = WriteScript("hello.csx", Hello);
        await RunAsync(["run", script]);
        File.WriteAllText(script, "Console.WriteLine(\"changed\");");

        var (code, process) = await RunAsync(["run", script]);

        Assert.That((code, process.Stdout, process.LogRecord("script ready").GetProperty("cache").GetString()),
            Is.EqualTo((0, "changed", "miss")), process.Stderr);
    }

    [Test]
    public async Task Run_TwoProcessesCompilingTheSameScript_BothSucceed()
    {
        var script = WriteScript("hello.csx", Hello);

        var first = Start(["run", script]);
        var second = Start(["run", script]);
        var codes = await Task.WhenAll(first.WaitAsync(ExitTimeout), second.WaitAsync(ExitTimeout));
        var (thirdCode, third) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That(codes, Is.EqualTo(new[] { 0, 0 }), first.Stderr + second.Stderr);
            Assert.That(Directory.GetFiles(CacheDir), Has.Length.EqualTo(1), "one entry, no stray temporary files");
            Assert.That(thirdCode, Is.EqualTo(0));
            Assert.That(third.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("localhit"));
        });
    }

    [Test]
    public async Task Run_CorruptCacheEntry_IsRebuiltNotFatal()
    {
        var script = WriteScript("hello.csx", Hello);
        await RunAsync(["run", script]);
        var entry = Directory.GetFiles(CacheDir).Single();
        var bytes = File.ReadAllBytes(entry);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(entry, bytes);

        var (code, process) = await RunAsync(["run", script]);
        var (_, after) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), process.Stderr);
            Assert.That(process.Stderr, Does.Contain("compile cache entry is corrupt"));
            Assert.That(process.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("miss"));
            Assert.That(after.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("localhit"));
        });
    }

    [Test]
    public async Task Run_TwoCompileErrors_PrintsBothAndExits65()
    {
        var script = WriteScript("broken.csx", "var x = 1\nint y = \"text\";\n");

        var (code, process) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(65));
            Assert.That(process.StderrLines, Does.Contain($"{script}(1,10): error CS1002: ; expected"));
            Assert.That(process.StderrLines, Does.Contain($"{script}(2,9): error CS0029: Cannot implicitly convert type 'string' to 'int'"));
            Assert.That(process.Stdout, Is.Empty);
        });
    }

    [Test]
    public async Task Run_ScriptThrows_Exits70AndNamesTheScriptLine()
    {
        var script = WriteScript("throws.csx", "var a = 1;\nif (a == 1)\n    throw new InvalidOperationException(\"shard is odd\");\n");

        var (code, process) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(70));
            var error = process.LogRecord("the script threw InvalidOperationException: shard is odd");
            Assert.That(error.GetProperty("script_line").GetString(), Is.EqualTo($"{script}:line 3"));
            Assert.That(process.Stderr, Does.Contain($"in {script}:line 3"));
        });
    }

    [Test]
    public async Task Run_LoadedSibling_IsCompiledIn()
    {
        WriteScript("lib/greet.csx", "string Greet(string who) => $\"hi {who}\";");
        var script = WriteScript("main.csx", "#load \"lib/greet.csx\"\nConsole.WriteLine(Greet(\"load\"));");

        var (code, process) = await RunAsync(["run", script]);

        Assert.That((code, process.Stdout, process.LogRecord("script ready").GetProperty("loaded_files").GetInt32()),
            Is.EqualTo((0, "hi load", 1)), process.Stderr);
    }

    [Test]
    public async Task Run_MissingScript_Exits66()
    {
        var (code, process) = await RunAsync(["run", Path.Combine(WorkDir, "absent.csx")]);

        Assert.That((code, process.Stderr.Contains("absent.csx was not found", StringComparison.Ordinal)), Is.EqualTo((66, true)), process.Stderr);
    }

    [Test]
    public async Task Run_WrongSha256Pin_Exits77WithoutRunning()
    {
        var script = WriteScript("hello.csx", Hello);

        var (code, process) = await RunAsync(["run", script, "--script-sha256", new string('0', 64)]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(77));
            Assert.That(process.Stderr, Does.Contain("but --script-sha256 pins 0000"));
            Assert.That(process.Stdout, Is.Empty);
        });
    }

    [Test]
    public async Task Run_RightSha256Pin_Runs()
    {
        var script = WriteScript("hello.csx", Hello);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(script)));

        var (code, _) = await RunAsync(["run", script, "--script-sha256", sha]);

        Assert.That(code, Is.EqualTo(0));
    }

    [Test]
    public async Task Run_PlainHttp_IsRefusedAsUsage()
    {
        var (code, process) = await RunAsync(["run", "http://127.0.0.1:9/x.csx"]);

        Assert.That((code, process.Stderr.Contains("plain http:// is refused", StringComparison.Ordinal)), Is.EqualTo((64, true)));
    }

    [Test]
    public async Task Run_BadParameterValue_Exits64NamingIt()
    {
        var script = WriteScript("hello.csx", Hello);

        var (code, process) = await RunAsync(["run", script, "--param", "code=many"]);

        Assert.That((code, process.Stderr.Contains("parameter 'code' must be an integer", StringComparison.Ordinal)), Is.EqualTo((64, true)), process.Stderr);
    }

    [Test]
    public async Task Check_GoodScript_FillsTheCacheAndRunsNothing()
    {
        var script = WriteScript("hello.csx", Hello);

        var (code, process) = await RunAsync(["check", script]);
        var (_, run) = await RunAsync(["run", script]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(process.Stdout, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(script)))),
                "only the pin, which for a script without #load is its plain SHA-256");
            Assert.That(run.LogRecord("script ready").GetProperty("cache").GetString(), Is.EqualTo("localhit"));
        });
    }

    [Test]
    public async Task Check_BrokenScript_Exits65WithDiagnostics()
    {
        var script = WriteScript("broken.csx", "Undefined();");

        var (code, process) = await RunAsync(["check", script]);

        Assert.That((code, process.Stderr.Contains($"{script}(1,1): error CS0103: The name 'Undefined' does not exist", StringComparison.Ordinal)),
            Is.EqualTo((65, true)), process.Stderr);
    }

    [Test]
    public async Task Run_LocalDirectoryInput_ExpandsSorted()
    {
        foreach (var name in new[] { "b.jsonl", "a.jsonl", "sub/c.jsonl" })
            WriteScript(Path.Combine("in", name), "{}");
        var script = WriteScript("inputs.csx", "foreach (var input in Inputs) Console.WriteLine(input.FileName);");

        var (code, process) = await RunAsync(["run", script, "--input", Path.Combine(WorkDir, "in") + "/"]);

        Assert.That((code, process.Stdout), Is.EqualTo((0, "a.jsonl\nb.jsonl\nc.jsonl")), process.Stderr);
    }
}
