using System.Globalization;
using System.Text;
using FetchRun.Sdk;
using FetchRun.Reviews;
using FetchRun.Reviews.Reading;
using FetchRun.Sdk.Storage;
using FetchRun.TestSupport.NlpEmulator;
using FetchRun.TestSupport.Shards;

namespace FetchRun.Benchmarks.Pipeline;

/// <summary>A job log that drops every line (the pipeline's own logging is not what is measured) but counts warnings and errors.</summary>
internal sealed class QuietJobLog : IJobLog
{
    public int Warnings { get; private set; }

    public int Errors { get; private set; }

    public void Info(string message, params (string Name, object? Value)[] fields)
    {
    }

    public void Warn(string message, params (string Name, object? Value)[] fields) => Warnings++;

    public void Error(string message, params (string Name, object? Value)[] fields) => Errors++;
}

/// <summary>What a mixed shard holds, read back from the file itself.</summary>
/// <param name="Rows">Good rows.</param>
/// <param name="TargetRows">Rows whose true language is the target.</param>
/// <param name="RowsWithoutLanguage">Rows that leave the language out (the pipeline detects it).</param>
/// <param name="DistinctNonTargetTexts">Distinct (body, language) pairs outside the target language: one TranslateText call each at best.</param>
/// <param name="AllCharacters">Characters (Unicode scalar values, as Translate bills) of every row's body.</param>
/// <param name="NonTargetCharacters">Characters of the bodies outside the target language, duplicates included.</param>
/// <param name="DistinctNonTargetCharacters">Characters of the distinct non-target texts.</param>
/// <param name="RowsByLanguage">Rows per true language.</param>
/// <param name="DistinctSentimentUnits">Comprehend units of each distinct (body, true language) pair once: the fewest sentiment units
/// when every language is scored on its source text.</param>
internal sealed record MixedShardStats(
    int Rows, int TargetRows, int RowsWithoutLanguage, int DistinctNonTargetTexts, long AllCharacters, long NonTargetCharacters,
    long DistinctNonTargetCharacters, IReadOnlyDictionary<string, int> RowsByLanguage, long DistinctSentimentUnits = 0)
{
    public int NonTargetRows => Rows - TargetRows;
}

internal static class PipelineBench
{
    /// <summary>The paid operations of the review pipeline, in the order the harnesses print them.</summary>
    public static readonly string[] Operations =
        [NlpOperation.BatchDetectDominantLanguage, NlpOperation.TranslateText, NlpOperation.BatchDetectSentiment];

    /// <summary>
    /// Writes a JSON Lines shard of <paramref name="rows"/> good rows of which <paramref name="englishShare"/> are English and the
    /// rest de/es/fr/ja/zh, interleaved evenly: two <see cref="ShardGenerator"/> shards (ids <c>{prefix}en-…</c> and
    /// <c>{prefix}xx-…</c>) merged line by line. The same seed and a different prefix give the same texts under new ids.
    /// </summary>
    public static void WriteMixedShard(string path, int rows, double englishShare, double duplicateTextRate, int seed, string prefix = "")
    {
        var english = (int)Math.Round(rows * englishShare);
        var englishLines = Lines(new ShardGeneratorOptions
        {
            Rows = english, Seed = seed, DuplicateTextRate = duplicateTextRate, Languages = ["en"], IdPrefix = prefix + "en-",
        });
        var otherLines = Lines(new ShardGeneratorOptions
        {
            Rows = rows - english, Seed = seed + 1, DuplicateTextRate = duplicateTextRate, Languages = ["de", "es", "fr", "ja", "zh"],
            IdPrefix = prefix + "xx-",
        });
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
        int e = 0, o = 0;
        for (var i = 0; i < rows; i++)
        {
            // Bresenham: after i+1 rows, round((i+1) * share) of them are English.
            var wantEnglish = (int)Math.Round((i + 1) * englishShare);
            file.Write(e < wantEnglish && e < englishLines.Length ? englishLines[e++] : otherLines[o++]);
            file.Write('\n');
        }
    }

    private static string[] Lines(ShardGeneratorOptions options)
    {
        if (options.Rows == 0)
            return [];
        using var buffer = new MemoryStream();
        ShardGenerator.Write(buffer, options);
        return Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Reads a shard back and counts what bounds the pipeline's calls and characters. The true language of a row
    /// is in the generator's product id (<c>product_{language}_NNNN</c>).</summary>
    public static async Task<(MixedShardStats Stats, List<Review> Reviews)> ReadShardAsync(string path, string target, int keep = 0)
    {
        using var store = new ObjectStore();
        var reviews = new List<Review>();
        var distinct = new HashSet<(string, string)>();
        var scored = new HashSet<(string, string)>();
        long sentimentUnits = 0;
        var byLanguage = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int rows = 0, targetRows = 0, withoutLanguage = 0;
        long all = 0, nonTarget = 0, distinctNonTarget = 0;
        await foreach (var item in ShardReader.ReadAsync(store, ObjectUri.Parse(Path.GetFullPath(path))))
        {
            if (item.Review is not { } review)
                continue;
            rows++;
            if (reviews.Count < keep)
                reviews.Add(review);
            var language = TrueLanguage(review);
            byLanguage[language] = byLanguage.GetValueOrDefault(language) + 1;
            if (review.Language is null)
                withoutLanguage++;
            if (scored.Add((review.Body, language)))
                sentimentUnits += FetchRun.Reviews.Pipeline.ComprehendUnits.For(review.Body);
            var characters = Characters(review.Body);
            all += characters;
            if (language == target)
            {
                targetRows++;
                continue;
            }
            nonTarget += characters;
            if (distinct.Add((review.Body, language)))
                distinctNonTarget += characters;
        }
        return (new MixedShardStats(rows, targetRows, withoutLanguage, distinct.Count, all, nonTarget, distinctNonTarget, byLanguage, sentimentUnits), reviews);
    }

    public static string TrueLanguage(Review review) => review.ProductId.Split('_')[1];

    /// <summary>Characters as Translate bills them: Unicode scalar values.</summary>
    public static long Characters(string text)
    {
        long n = 0;
        foreach (var _ in text.EnumerateRunes())
            n++;
        return n;
    }

    /// <summary>The 1, 5 and 15 minute load averages, to print beside a timing on a shared machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static DirectoryInfo WorkDirectory(string[] args, string name)
    {
        var dir = new DirectoryInfo(HarnessArgs.String(args, "--dir") ?? Path.Combine(Path.GetTempPath(), name));
        dir.Create();
        return dir;
    }
}
