using FetchRun.Sdk;
using FetchRun.Reviews.Reading;

namespace FetchRun.Tests.Reviews.Reading;

public sealed class CsvReadingTests
{
    private const string Header = "review_id,product_id,reviewer_id,stars,review_body,review_title,language,product_category\n";

    [Test]
    public async Task ReadAsync_QuotedFieldsWithLineBreaks_NumberEachRecordByItsFirstLine()
    {
        var csv = Header +
                  "r1,p1,u1,5,\"First line\nsecond line\r\nthird line\",Title,en,toys\r\n" +
                  "r2,p2,u2,\"3\",\"He said \"\"fine\"\", then, left\",,de,books\n" +
                  "\n" +
                  "r3,p3,u3,1,plain,\"multi\nline title\",,kitchen\n";

        var reviews = (await ShardText.ReadAsync(csv, ShardFormat.Csv)).Reviews();

        Assert.Multiple(() =>
        {
            Assert.That(reviews.Select(r => (r.ReviewId, r.Line)), Is.EqualTo(new[] { ("r1", 2L), ("r2", 5L), ("r3", 7L) }));
            Assert.That(reviews[0].Body, Is.EqualTo("First line\nsecond line\nthird line"));
            Assert.That(reviews[1].Body, Is.EqualTo("He said \"fine\", then, left"));
            Assert.That((reviews[1].Stars, reviews[1].Title, reviews[1].Language), Is.EqualTo((3, (string?)null, (string?)"de")));
            Assert.That((reviews[2].Title, reviews[2].Language), Is.EqualTo(("multi\nline title", (string?)null)));
        });
    }

    [Test]
    public async Task ReadAsync_BrokenRecords_QuarantinedWithReasonAndStartLine()
    {
        byte[] csv =
        [
            .. ShardText.Utf8(Header),
            .. ShardText.Utf8("g2,p,u,5,good,,en,toys\n"),
            .. ShardText.Utf8("b3,p,u,5,too few\n"),
            .. ShardText.Utf8("b4,p,u,5,too,many,en,toys,extra\n"),
            .. ShardText.Utf8("b5,p,u,5,\"quoted\"x,,en,toys\n"),
            .. ShardText.Utf8("b6,p,u,5,\"multi\nline caf"), 0xC3, 0x28, .. ShardText.Utf8("\",,en,toys\n"),
            .. ShardText.Utf8("b8,p,u,five,body,,en,toys\n"),
            .. ShardText.Utf8("g9,p,u,2,good again,,,toys\n"),
            .. ShardText.Utf8("b10,p,u,5,\"never closed,,en,toys\n"),
            .. ShardText.Utf8("g11,p,u,5,swallowed by the open quote,,en,toys\n"),
        ];

        var items = await ShardText.ReadAsync(csv, ShardFormat.Csv);

        Assert.Multiple(() =>
        {
            Assert.That(items.Quarantined().Select(q => (q.Line, q.Reason)), Is.EqualTo(new[]
            {
                (3L, "CSV: 5 fields, the header has 8"),
                (4L, "CSV: 9 fields, the header has 8"),
                (5L, "CSV: text after a closing quote at byte 18"),
                (6L, "invalid UTF-8 at byte 25"),
                (8L, "stars: \"five\" is not a number"),
                (10L, "CSV: quoted field not closed before the end of the file"),
            }));
            Assert.That(items.Reviews().Select(r => r.ReviewId), Is.EqualTo(new[] { "g2", "g9" }));
            Assert.That(items.Quarantined().Single(q => q.Line == 8).ReviewId, Is.EqualTo("b8"));
        });
    }

    [Test]
    public async Task ReadAsync_HeaderInAnyOrderWithExtraColumns_MapsByName()
    {
        var csv = "extra, Stars ,review_body,review_id,product_category,reviewer_id,product_id\nx,2,text,r1,toys,u1,p1\n";

        var review = (await ShardText.ReadAsync(csv, ShardFormat.Csv)).Reviews().Single();

        Assert.That((review.ReviewId, review.Stars, review.Body, review.Title, review.Language), Is.EqualTo(("r1", 2, "text", (string?)null, (string?)null)));
    }

    [Test]
    public void ReadAsync_HeaderWithoutARequiredColumn_FailsWith65NamingFileAndColumn()
    {
        var csv = "review_id,product_id,reviewer_id,review_body,product_category\nr1,p1,u1,text,toys\n";

        Assert.That(async () => await ShardText.ReadAsync(csv, ShardFormat.Csv),
            Throws.InstanceOf<JobFailedException>()
                .With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.DataError)
                .And.Message.StartsWith("test-shard: the CSV header has no \"stars\" column"));
    }

    [Test]
    public void ReadAsync_HeaderNamingAColumnTwice_FailsWith65()
    {
        var csv = "review_id,product_id,reviewer_id,stars,review_body,product_category,stars\n";

        Assert.That(async () => await ShardText.ReadAsync(csv, ShardFormat.Csv),
            Throws.InstanceOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.DataError)
                .And.Message.EqualTo("test-shard: the CSV header names \"stars\" twice"));
    }

    [Test]
    public void ReadAsync_EmptyCsv_FailsWith65()
    {
        Assert.That(async () => await ShardText.ReadAsync("", ShardFormat.Csv),
            Throws.InstanceOf<JobFailedException>().With.Property(nameof(JobFailedException.ExitCode)).EqualTo(ExitCodes.DataError)
                .And.Message.Contains("needs a header row"));
    }

    [Test]
    public async Task ReadAsync_QuotedFieldLongerThanTheLimit_QuarantinedAndReadingGoesOn()
    {
        var csv = Header + "b2,p,u,5,\"" + string.Concat(Enumerable.Repeat(new string('y', 100) + "\n", 5)) + "\",,en,toys\ng8,p,u,5,ok,,en,toys\n";

        var items = await ShardText.ReadAsync(csv, ShardFormat.Csv, new ShardReaderOptions { MaxLineBytes = 256 });

        Assert.Multiple(() =>
        {
            Assert.That(items.Quarantined().Select(q => (q.Line, q.Reason)).First(), Is.EqualTo((2L, "line: 525 bytes exceeds the 256-byte limit")));
            Assert.That(items.Reviews().Select(r => (r.ReviewId, r.Line)), Is.EqualTo(new[] { ("g8", 8L) }));
        });
    }
}
