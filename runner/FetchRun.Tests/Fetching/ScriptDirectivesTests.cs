using FetchRun.Runner.Fetching;
using FetchRun.Sdk.Storage;

namespace FetchRun.Tests.Fetching;

public sealed class ScriptDirectivesTests
{
    [Test]
    public void Find_LeadingDirectivesAndComments_ReturnsLoadsInOrder()
    {
        const string script = """
            #!/usr/bin/env fetchrun
            // helpers
            /* block
               comment */
            #load "lib/a.csx"

            #load "../b.csx"
            var x = 1;
            #load "ignored.csx"
            """;

        Assert.That(ScriptDirectives.Find(script), Is.EqualTo(new[] { new LoadDirective("lib/a.csx", 5), new LoadDirective("../b.csx", 7) }));
    }

    [Test]
    public void Find_NoDirectives_ReturnsNone()
    {
        Assert.That(ScriptDirectives.Find("Console.WriteLine(\"#load \\\"x\\\"\");"), Is.Empty);
    }

    [Test]
    public void FindReferences_PackagesAndFiles_ReturnsThemWithLineAndColumn()
    {
        const string script = """
            #r "nuget: CommandLineParser, 2.9.1"
              #r "lib/tools.dll"
            #load "a.csx"
            #r "nuget:Microsoft.Extensions.Options"
            var x = 1;
            """;

        var found = ScriptDirectives.FindReferences(script);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.EqualTo(new[]
            {
                new ReferenceDirective("nuget: CommandLineParser, 2.9.1", 1, 1), new ReferenceDirective("lib/tools.dll", 2, 3),
                new ReferenceDirective("nuget:Microsoft.Extensions.Options", 4, 1),
            }));
            Assert.That(found.Select(r => r.IsPackage), Is.EqualTo(new[] { true, false, true }));
            Assert.That(found[0].Package(), Is.EqualTo(("CommandLineParser", (string?)"2.9.1")));
            Assert.That(found[2].Package(), Is.EqualTo(("Microsoft.Extensions.Options", (string?)null)));
            Assert.That(ScriptDirectives.Find(script), Is.EqualTo(new[] { new LoadDirective("a.csx", 3) }));
        });
    }
}

public sealed class InputResolverTests
{
    [Test]
    public void Share_FourChildrenOverTenInputs_CoverEachExactlyOnce()
    {
        var all = Enumerable.Range(0, 10).Select(i => ObjectUri.Parse($"s3://b/in/{i:D2}.jsonl")).ToList();

        var shares = Enumerable.Range(0, 4).Select(index => InputResolver.Share(all, index, 4)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(shares.SelectMany(s => s).Select(u => u.ToString()), Is.EquivalentTo(all.Select(u => u.ToString())));
            Assert.That(shares.Select(s => s.Count), Is.EqualTo(new[] { 3, 3, 2, 2 }));
            Assert.That(shares[1].Select(u => u.FileName), Is.EqualTo(new[] { "01.jsonl", "05.jsonl", "09.jsonl" }));
        });
    }
}
