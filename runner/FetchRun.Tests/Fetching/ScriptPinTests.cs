using System.Security.Cryptography;
using System.Text;
using FetchRun.Runner.Fetching;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Fetching;

public sealed class ScriptPinTests
{
    private static ScriptFile File(string uri, string sha) => new(ObjectUri.Parse(uri), "", sha, null, null);

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Test]
    public void Compute_NoLoads_IsThePlainSha256OfTheScript()
    {
        Assert.That(ScriptPin.Compute(new ScriptBundle(File("s3://b/jobs/main.csx", Sha("x")), [])), Is.EqualTo(Sha("x")));
    }

    [Test]
    public void Compute_WithLoads_HashesTheManifestMainFirstThenSortedRelativePaths()
    {
        var bundle = new ScriptBundle(File("s3://b/jobs/main.csx", "m"),
            [File("s3://b/jobs/lib/z.csx", "z"), File("s3://b/shared/a.csx", "a"), File("s3://b/jobs/b.csx", "b")]);

        Assert.That(ScriptPin.Compute(bundle), Is.EqualTo(Sha("m  main.csx\na  ../shared/a.csx\nb  b.csx\nz  lib/z.csx\n")));
    }

    [Test]
    public void Compute_LoadedFileOrMainChanges_PinChanges()
    {
        string Pin(string main, string loaded) => ScriptPin.Compute(new ScriptBundle(File("/srv/main.csx", main), [File("/srv/lib.csx", loaded)]));

        Assert.That(new[] { Pin("m", "l2"), Pin("m2", "l") }, Has.None.EqualTo(Pin("m", "l")));
    }

    [Test]
    public void Compute_WithAssemblyReference_ListsTheDllInTheManifest()
    {
        var bundle = new ScriptBundle(File("s3://b/jobs/main.csx", "m"), [])
        {
            Libraries = [new ScriptLibrary(ObjectUri.Parse("s3://b/jobs/lib/tools.dll"), [1], "d")],
        };

        Assert.That(ScriptPin.Compute(bundle), Is.EqualTo(Sha("m  main.csx\nd  lib/tools.dll\n")));
    }
}
