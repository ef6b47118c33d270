using System.IO.Compression;
using System.Text;
using FetchRun.Reviews;
using FetchRun.Reviews.Reading;

namespace FetchRun.Tests.Reviews.Reading;

/// <summary>Builds small shards in memory and reads them whole.</summary>
internal static class ShardText
{
    private static readonly (string Key, string Json)[] GoodFields =
    [
        ("review_id", "\"{id}\""), ("product_id", "\"product_1\""), ("reviewer_id", "\"reviewer_1\""), ("stars", "4"),
        ("review_body", "\"Works as described.\""), ("review_title", "\"Fine\""), ("language", "\"en\""),
        ("product_category", "\"kitchen\""),
    ];

    /// <summary>A good JSON line for <paramref name="id"/>, with fields replaced (a null value drops the field).</summary>
    public static string Json(string id, params (string Key, string? Json)[] changes)
    {
        var parts = new List<string>();
        foreach (var (key, json) in GoodFields)
        {
            var change = changes.FirstOrDefault(c => c.Key == key);
            if (change.Key is null)
                parts.Add($"\"{key}\":{json.Replace("{id}", id, StringComparison.Ordinal)}");
            else if (change.Json is not null)
                parts.Add($"\"{key}\":{change.Json}");
        }
        parts.AddRange(changes.Where(c => GoodFields.All(g => g.Key != c.Key) && c.Json is not null).Select(c => $"\"{c.Key}\":{c.Json}"));
        return "{" + string.Join(",", parts) + "}";
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
            gzip.Write(content);
        return output.ToArray();
    }

    public static Task<List<ShardItem>> ReadAsync(string content, ShardFormat format, ShardReaderOptions? options = null) =>
        ReadAsync(Utf8(content), format, options);

    public static async Task<List<ShardItem>> ReadAsync(byte[] content, ShardFormat format, ShardReaderOptions? options = null)
    {
        using var stream = new MemoryStream(content);
        var items = new List<ShardItem>();
        await foreach (var item in ShardReader.ReadAsync(stream, "test-shard", format, options))
            items.Add(item);
        return items;
    }

    public static List<Review> Reviews(this IEnumerable<ShardItem> items) =>
        items.Where(i => i.Review is not null).Select(i => i.Review!).ToList();

    public static List<QuarantinedLine> Quarantined(this IEnumerable<ShardItem> items) =>
        items.Where(i => i.Quarantined is not null).Select(i => i.Quarantined!).ToList();
}
