using FetchRun.Runner.Caching;
using FetchRun.Runner.Fetching;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Caching;

public sealed class CacheKeyTests
{
    private static readonly Toolchain Tools = new("1.0.0", "FetchRun.Sdk/abc", "5.12.0", ".NET 10.0.1", name => $"{name}/mvid1");

    private static ScriptFile File(string path, string sha) => new(ObjectUri.Parse(path), "text", sha, null, null);

    private static ScriptBundle Bundle(string mainSha = "m1", string loadedSha = "l1") =>
        new(File("s3://b/main.csx", mainSha), [File("s3://b/lib.csx", loadedSha)]);

    [Test]
    public void Compute_SameInputs_SameKey()
    {
        var first = CacheKey.Compute(Bundle(), Tools);
        var second = CacheKey.Compute(Bundle(), Tools);

        Assert.That(first, Is.EqualTo(second).And.Length.EqualTo(64));
    }

    [Test]
    public void Compute_AnyIngredientChanges_KeyChanges()
    {
        var baseline = CacheKey.Compute(Bundle(), Tools);
        var variants = new[]
        {
            CacheKey.Compute(Bundle(mainSha: "m2"), Tools),
            CacheKey.Compute(Bundle(loadedSha: "l2"), Tools),
            CacheKey.Compute(new ScriptBundle(File("s3://b/other.csx", "m1"), [File("s3://b/lib.csx", "l1")]), Tools),
            CacheKey.Compute(Bundle() with { Libraries = [new ScriptLibrary(ObjectUri.Parse("s3://b/lib.dll"), [], "d1")] }, Tools),
            CacheKey.Compute(Bundle() with { Libraries = [new ScriptLibrary(ObjectUri.Parse("s3://b/lib.dll"), [], "d2")] }, Tools),
            CacheKey.Compute(Bundle(), Tools with { Runner = "1.0.1" }),
            CacheKey.Compute(Bundle(), Tools with { GlobalsIdentity = "FetchRun.Sdk/def" }),
            CacheKey.Compute(Bundle(), Tools with { Roslyn = "5.13.0" }),
            CacheKey.Compute(Bundle(), Tools with { Runtime = ".NET 10.0.2" }),
            CacheKey.Compute(Bundle() with { RunnerLibraries = ["FetchRun.Reviews"] }, Tools),
        };

        Assert.That(variants, Has.None.EqualTo(baseline).And.Unique);
    }

    [Test]
    public void Compute_RunnerLibraryRebuilt_OnlyTheScriptsNamingItChangeKey()
    {
        var rebuilt = Tools with { LibraryIdentity = name => $"{name}/mvid2" };
        var hello = Bundle();
        var reviewJob = Bundle() with { RunnerLibraries = ["FetchRun.Reviews"] };

        Assert.Multiple(() =>
        {
            Assert.That(CacheKey.Compute(hello, rebuilt), Is.EqualTo(CacheKey.Compute(hello, Tools)), "a hello script's entry survives");
            Assert.That(CacheKey.Compute(reviewJob, rebuilt), Is.Not.EqualTo(CacheKey.Compute(reviewJob, Tools)), "the review job recompiles");
        });
    }

    [Test]
    public void CurrentToolchain_RunnerLibraryIdentity_IsItsMvid()
    {
        var library = typeof(FetchRun.Reviews.Review).Assembly;

        Assert.That(Toolchain.Current.LibraryIdentity("FetchRun.Reviews"), Is.EqualTo($"FetchRun.Reviews/{library.ManifestModule.ModuleVersionId}"));
    }

    [Test]
    public void CurrentToolchain_ReadsRoslynVersionWithoutLoadingIt()
    {
        var roslyn = Toolchain.Current.Roslyn;

        Assert.That(roslyn, Does.Match(@"^\d+\.\d+"));
    }
}

public sealed class CacheEntryTests
{
    [Test]
    public void TryUnwrap_IntactEntry_ReturnsTheAssembly()
    {
        byte[] assembly = [1, 2, 3, 4, 5];

        Assert.That(CacheEntry.TryUnwrap(CacheEntry.Wrap(CachedScript.Alone(assembly)), out var read), Is.True);
        Assert.That((read.Assembly, read.Libraries, read.Packages), Is.EqualTo((assembly, Array.Empty<LibraryImage>(), Array.Empty<string>())));
    }

    [Test]
    public void TryUnwrap_EntryWithPackages_ReturnsLibrariesAndFrozenVersions()
    {
        var script = new CachedScript([9, 8], [new LibraryImage("CommandLine", [1, 2, 3]), new LibraryImage("Microsoft.Extensions.Options", [])],
            ["CommandLineParser 2.9.1", "Microsoft.Extensions.Options 6.0.0"]);

        Assert.That(CacheEntry.TryUnwrap(CacheEntry.Wrap(script), out var read), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(read.Assembly, Is.EqualTo(script.Assembly));
            Assert.That(read.Libraries.Select(l => (l.Name, l.Image)), Is.EqualTo(script.Libraries.Select(l => (l.Name, l.Image))));
            Assert.That(read.Packages, Is.EqualTo(script.Packages));
        });
    }

    [TestCase(0)]
    [TestCase(10)]
    [TestCase(40)]
    [TestCase(-1)]
    public void TryUnwrap_DamagedEntry_IsRejected(int damageAt)
    {
        var entry = CacheEntry.Wrap(new CachedScript([1, 2, 3, 4, 5], [new LibraryImage("Lib", [6, 7])], ["Lib 1.0.0"]));
        if (damageAt < 0)
            entry = entry[..^1];
        else
            entry[damageAt] ^= 0xFF;

        Assert.That(CacheEntry.TryUnwrap(entry, out _), Is.False);
    }
}
