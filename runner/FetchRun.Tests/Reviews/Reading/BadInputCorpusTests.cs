using System.Text;
using FetchRun.Reviews.Reading;

namespace FetchRun.Tests.Reviews.Reading;

/// <summary>
/// The bad-input corpus: each kind of broken line, between good ones, is quarantined with its exact reason and
/// line number, and every good row still comes through.
/// </summary>
public sealed class BadInputCorpusTests
{
    private static readonly ShardReaderOptions SmallLines = new() { MaxLineBytes = 1024 };

    /// <summary>Each case: a name, the broken line's bytes, and the reason expected for it.</summary>
    public static IEnumerable<TestCaseData> BrokenLines()
    {
        TestCaseData Case(string name, string line, string reason) => Case2(name, ShardText.Utf8(line), reason);
        TestCaseData Case2(string name, byte[] line, string reason) => new TestCaseData(line, reason).SetName($"ReadAsync_{name}_IsQuarantinedWithItsReason");

        yield return Case("TruncatedObject", """{"review_id":"bad","stars":5""", "malformed JSON at byte 29: '5' is an invalid end of a number. Expected a delimiter");
        yield return Case("NotJson", "this is not json", "malformed JSON at byte 2: 'this is not json' is an invalid JSON literal. Expected the literal 'true'");
        yield return Case("TopLevelArray", """["bad",5]""", "malformed JSON: expected an object, got an array");
        yield return Case("TopLevelString", "\"bad\"", "malformed JSON: expected an object, got a string");
        yield return Case("TextAfterObject", ShardText.Json("bad") + " x", "malformed JSON at byte 186: 'x' is invalid after a single JSON value. Expected end of data");
        yield return Case("RawTabInString", ShardText.Json("bad", ("review_body", "\"a\tb\"")), "malformed JSON at byte 98: '0x09' is invalid within a JSON string. The string should be correctly escaped");
        yield return Case("Comment", "// a comment", "malformed JSON at byte 1: '/' is an invalid start of a value");
        yield return Case2("InvalidUtf8", [.. ShardText.Utf8("{\"review_id\":\"bad\",\"review_body\":\"caf"), 0xE9, .. ShardText.Utf8("\"}")], "invalid UTF-8 at byte 38");
        yield return Case("IdMissing", ShardText.Json("bad", ("review_id", null)), "review_id: missing");
        yield return Case("IdNull", ShardText.Json("bad", ("review_id", "null")), "review_id: missing");
        yield return Case("IdNumber", ShardText.Json("bad", ("review_id", "12345")), "review_id: expected a string, got a number");
        yield return Case("IdBlank", ShardText.Json("bad", ("review_id", "\"  \"")), "review_id: empty");
        yield return Case("IdTwiceInObject", ShardText.Json("bad", ("review_id ", null), ("extra", "1")).Replace("\"extra\":1", "\"review_id\":\"again\"", StringComparison.Ordinal), "review_id: appears twice in the object");
        yield return Case("DuplicateId", ShardText.Json("good-1"), "review_id: duplicate of line 1");
        yield return Case("ProductIdMissing", ShardText.Json("bad", ("product_id", null)), "product_id: missing");
        yield return Case("ReviewerIdNumber", ShardText.Json("bad", ("reviewer_id", "7")), "reviewer_id: expected a string, got a number");
        yield return Case("StarsMissing", ShardText.Json("bad", ("stars", null)), "stars: missing");
        yield return Case("StarsSeven", ShardText.Json("bad", ("stars", "7")), "stars: 7 is outside 1–5");
        yield return Case("StarsZero", ShardText.Json("bad", ("stars", "0")), "stars: 0 is outside 1–5");
        yield return Case("StarsWord", ShardText.Json("bad", ("stars", "\"five\"")), "stars: \"five\" is not a number");
        yield return Case("StarsFraction", ShardText.Json("bad", ("stars", "4.5")), "stars: 4.5 is not a whole number");
        yield return Case("StarsBoolean", ShardText.Json("bad", ("stars", "true")), "stars: expected a number, got a boolean");
        yield return Case("BodyMissing", ShardText.Json("bad", ("review_body", null)), "review_body: missing");
        yield return Case("BodyEmpty", ShardText.Json("bad", ("review_body", "\"\"")), "review_body: empty");
        yield return Case("BodyObject", ShardText.Json("bad", ("review_body", "{\"text\":\"hi\"}")), "review_body: expected a string, got an object");
        yield return Case("BodyLoneSurrogate", ShardText.Json("bad", ("review_body", "\"bad \\ud800 text\"")), "review_body: contains an escaped lone surrogate (\\uD800–\\uDFFF)");
        yield return Case("TitleArray", ShardText.Json("bad", ("review_title", "[\"a\"]")), "review_title: expected a string, got an array");
        yield return Case("LanguageWord", ShardText.Json("bad", ("language", "\"english\"")), "language: \"english\" is not a language code like \"en\" or \"zh-TW\"");
        yield return Case("LanguageNumber", ShardText.Json("bad", ("language", "44")), "language: expected a string, got a number");
        yield return Case("CategoryEmpty", ShardText.Json("bad", ("product_category", "\"\"")), "product_category: empty");
        yield return Case("OverLong", ShardText.Json("bad", ("review_body", "\"" + new string('x', 2000) + "\"")), "line: 2,165 bytes exceeds the 1,024-byte limit");
    }

    [TestCaseSource(nameof(BrokenLines))]
    public async Task ReadAsync_BrokenLineBetweenGoodOnes(byte[] brokenLine, string reason)
    {
        byte[] shard = [.. ShardText.Utf8(ShardText.Json("good-1") + "\n"), .. brokenLine, .. ShardText.Utf8("\n" + ShardText.Json("good-3") + "\n")];

        var items = await ShardText.ReadAsync(shard, ShardFormat.JsonLines, SmallLines);

        Assert.Multiple(() =>
        {
            Assert.That(items.Quarantined().Select(q => (q.Line, q.Reason)), Is.EqualTo(new[] { (2L, reason) }));
            Assert.That(items.Reviews().Select(r => (r.ReviewId, r.Line)), Is.EqualTo(new[] { ("good-1", 1L), ("good-3", 3L) }));
        });
    }

    [Test]
    public async Task ReadAsync_WholeCorpus_EveryBrokenLineAtItsLineAndEveryGoodRowKept()
    {
        var cases = BrokenLines().ToList();
        var shard = new List<byte>();
        var expectedBad = new List<(long, string)>();
        var expectedGood = new List<string>();
        long line = 0;
        foreach (var c in cases)
        {
            var id = $"good-{line + 1}";
            shard.AddRange(ShardText.Utf8(ShardText.Json(id) + "\n"));
            expectedGood.Add(id);
            var broken = (byte[])c.Arguments[0]!;
            var reason = (string)c.Arguments[1]!;
            if (reason == "review_id: duplicate of line 1")
            {
                broken = ShardText.Utf8(ShardText.Json(id));
                reason = $"review_id: duplicate of line {line + 1}";
            }
            shard.AddRange(broken);
            shard.AddRange("\n\n"u8.ToArray());
            expectedBad.Add((line + 2, reason));
            line += 3;
        }

        var items = await ShardText.ReadAsync(shard.ToArray(), ShardFormat.JsonLines, SmallLines);

        Assert.Multiple(() =>
        {
            Assert.That(cases, Has.Count.GreaterThanOrEqualTo(20));
            Assert.That(items.Quarantined().Select(q => (q.Line, q.Reason)), Is.EqualTo(expectedBad));
            Assert.That(items.Reviews().Select(r => r.ReviewId), Is.EqualTo(expectedGood));
            Assert.That(items.Quarantined().All(q => q.Source == "test-shard"), Is.True);
        });
    }

    [Test]
    public async Task ReadAsync_BadFieldWithReadableId_KeepsTheIdOnTheQuarantinedLine()
    {
        var items = await ShardText.ReadAsync(ShardText.Json("r-9", ("stars", "9")), ShardFormat.JsonLines);

        Assert.That(items.Quarantined().Single().ReviewId, Is.EqualTo("r-9"));
    }

    [Test]
    public async Task ReadAsync_LongBadLine_KeepsOnlyTheFirstRawBytes()
    {
        var line = ShardText.Json("r-1", ("stars", "9"), ("review_body", "\"" + new string('é', 3000) + "\""));

        var raw = (await ShardText.ReadAsync(line, ShardFormat.JsonLines)).Quarantined().Single().Raw;

        Assert.That((raw.Length, raw.EndsWith('…'), Encoding.UTF8.GetByteCount(raw[..^1]) <= 2048, raw.Contains('\uFFFD')),
            Is.EqualTo((raw.Length, true, true, false)));
    }
}
