using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FetchRun.TestSupport.Shards;

/// <summary>
/// Writes synthetic multilingual review shards in the corpus schema, deterministic from the seed: bodies are
/// one to three sentences from <see cref="ReviewPhrases"/> matching the stars, some repeated exactly, and a
/// chosen share of broken lines of eight kinds in turn (stars 9, body missing, malformed JSON or a short CSV
/// record, invalid UTF-8, id missing, language "english", a duplicate id, stars "many").
/// </summary>
public static class ShardGenerator
{
    private const int BodyPoolSize = 256;
    private const string InvalidByteMarker = "<0xFF>";
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly string[] Columns =
        ["review_id", "product_id", "reviewer_id", "stars", "review_body", "review_title", "language", "product_category"];

    public static GeneratedShardSummary WriteFile(string path, ShardGeneratorOptions options)
    {
        using var file = File.Create(path);
        return Write(file, options);
    }

    public static GeneratedShardSummary Write(Stream output, ShardGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Gzip)
            return WriteRows(output, options);
        using var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true);
        return WriteRows(gzip, options);
    }

    private static GeneratedShardSummary WriteRows(Stream output, ShardGeneratorOptions options)
    {
        var random = new Random(options.Seed);
        var phrases = options.Languages is null
            ? ReviewPhrases.All
            : ReviewPhrases.All.Where(p => options.Languages.Contains(p.Language)).ToArray();
        if (phrases.Length == 0)
            throw new ArgumentException("None of the languages is known; use de, en, es, fr, ja or zh.", nameof(options));
        var csv = options.Format == GeneratedShardFormat.Csv;
        var buffer = new ArrayBufferWriter<byte>(4096);
        var pool = new List<PooledBody>();
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        var byLanguage = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var badLines = new List<long>();
        long line = 0;
        string? lastGoodId = null;
        if (csv)
        {
            output.Write(Encoding.UTF8.GetBytes(string.Join(',', Columns) + "\n"));
            line++;
        }
        for (var n = 1; n <= options.Rows; n++)
        {
            line++;
            var row = NextRow(random, phrases, pool, options, n);
            buffer.ResetWrittenCount();
            if (random.NextDouble() < options.BadLineRate)
            {
                Break(row, badLines.Count % 8, lastGoodId, csv, out var rawOverride);
                badLines.Add(line);
                if (rawOverride is not null)
                    buffer.Write(rawOverride);
                else
                    Serialize(buffer, row, csv);
            }
            else
            {
                Serialize(buffer, row, csv);
                lastGoodId = row.Id;
                bodies.Add(row.Body!);
                var language = row.Language ?? row.TrueLanguage;
                byLanguage[language] = byLanguage.GetValueOrDefault(language) + 1;
            }
            buffer.Write("\n"u8);
            output.Write(buffer.WrittenSpan);
        }
        var good = options.Rows - badLines.Count;
        return new GeneratedShardSummary((int)line, good, badLines.Count, bodies.Count, byLanguage, badLines);
    }

    private static SyntheticRow NextRow(Random random, ReviewPhrases[] phrases, List<PooledBody> pool,
        ShardGeneratorOptions options, int n)
    {
        var stars = random.Next(1, 6);
        var p = phrases[random.Next(phrases.Length)];
        var thing = random.Next(p.Things.Length);
        var mood = stars switch { <= 2 => 0, 3 => 1, _ => 2 };
        var repeat = random.NextDouble() < options.DuplicateTextRate ? pool.Where(b => b.Mood == mood).ToList() : [];
        string body;
        if (repeat.Count > 0)
        {
            var earlier = repeat[random.Next(repeat.Count)];
            p = phrases.First(x => x.Language == earlier.Language);
            thing = earlier.Thing;
            body = earlier.Body;
        }
        else
        {
            var bank = mood switch { 0 => p.Negative, 1 => p.Neutral, _ => p.Positive };
            var count = random.Next(1, 4);
            var start = random.Next(bank.Length);
            body = string.Join(p.Separator, Enumerable.Range(0, Math.Min(count, bank.Length))
                .Select(i => string.Format(CultureInfo.InvariantCulture, bank[(start + i) % bank.Length], p.Things[thing])));
            if (pool.Count < BodyPoolSize)
                pool.Add(new PooledBody(p.Language, mood, thing, body));
        }
        var titles = stars >= 3 ? p.GoodTitles : p.BadTitles;
        return new SyntheticRow
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"{options.IdPrefix}{n:D7}"),
            ProductId = string.Create(CultureInfo.InvariantCulture, $"product_{p.Language}_{random.Next(1, 500):D4}"),
            ReviewerId = string.Create(CultureInfo.InvariantCulture, $"reviewer_{random.Next(1, 100_000):D6}"),
            Stars = stars.ToString(CultureInfo.InvariantCulture),
            Body = body,
            Title = random.NextDouble() < 0.8 ? titles[random.Next(titles.Length)] : null,
            Language = random.NextDouble() < options.LanguageGivenRate ? p.Language : null,
            TrueLanguage = p.Language,
            Category = ReviewPhrases.Categories[thing],
        };
    }

    private static void Break(SyntheticRow row, int kind, string? lastGoodId, bool csv, out byte[]? raw)
    {
        raw = null;
        switch (kind)
        {
            case 0: row.Stars = "9"; break;
            case 1: row.Body = null; break;
            case 2:
                raw = Encoding.UTF8.GetBytes(csv ? $"{row.Id},{row.ProductId},{row.ReviewerId}" : $"{{\"review_id\":\"{row.Id}\",\"stars\":");
                break;
            case 3: row.Body += InvalidByteMarker; row.InvalidUtf8 = true; break;
            case 4: row.Id = null; break;
            case 5: row.Language = "english"; break;
            case 6: row.Id = lastGoodId ?? row.Id; row.Stars = lastGoodId is null ? "0" : row.Stars; break;
            default: row.Stars = "many"; row.StarsAsText = true; break;
        }
    }

    private static void Serialize(ArrayBufferWriter<byte> buffer, SyntheticRow row, bool csv)
    {
        if (csv)
        {
            string[] values = [row.Id ?? "", row.ProductId, row.ReviewerId, row.Stars, row.Body ?? "", row.Title ?? "", row.Language ?? "", row.Category];
            buffer.Write(Encoding.UTF8.GetBytes(string.Join(',', values.Select(Quote))));
        }
        else
        {
            using var json = new Utf8JsonWriter(buffer, JsonOptions);
            json.WriteStartObject();
            if (row.Id is not null) json.WriteString("review_id", row.Id);
            json.WriteString("product_id", row.ProductId);
            json.WriteString("reviewer_id", row.ReviewerId);
            if (row.StarsAsText) json.WriteString("stars", row.Stars);
            else json.WriteNumber("stars", int.Parse(row.Stars, CultureInfo.InvariantCulture));
            if (row.Body is not null) json.WriteString("review_body", row.Body);
            if (row.Title is not null) json.WriteString("review_title", row.Title);
            if (row.Language is not null) json.WriteString("language", row.Language);
            json.WriteString("product_category", row.Category);
            json.WriteEndObject();
        }
        if (row.InvalidUtf8)
        {
            // A lone 0xFF byte is never valid UTF-8; it replaces the ASCII marker after serialisation.
            var copy = buffer.WrittenSpan.ToArray();
            var at = copy.AsSpan().LastIndexOf(InvalidByteMarker.Select(c => (byte)c).ToArray());
            buffer.ResetWrittenCount();
            buffer.Write(copy.AsSpan(0, at));
            buffer.Write((ReadOnlySpan<byte>)[0xFF]);
            buffer.Write(copy.AsSpan(at + InvalidByteMarker.Length));
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record PooledBody(string Language, int Mood, int Thing, string Body);
}
