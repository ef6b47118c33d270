using System.Globalization;
using FetchRun.Reviews.Sinks;

namespace FetchRun.Benchmarks.Sinks;

/// <summary>Deterministic result rows shaped like the review pipeline's (a translated German review each).</summary>
internal static class SyntheticResults
{
    private static readonly string[] Sentiments = ["POSITIVE", "NEGATIVE", "NEUTRAL", "MIXED"];

    public static ReviewResult[] Create(int count)
    {
        var random = new Random(20_000);
        return Enumerable.Range(0, count).Select(i =>
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"de_{i:D7}");
            var body = string.Join(' ', Enumerable.Range(0, 20 + random.Next(30)).Select(_ => Words[random.Next(Words.Length)]));
            var positive = random.NextDouble();
            return new ReviewResult(id, $"product_de_{random.Next(5000):D5}", $"reviewer_de_{random.Next(20000):D5}", 1 + random.Next(5),
                "Ganz gut", body, "home", "de", i % 3 == 0, "en", $"[en] {body}", "translated", Sentiments[i % 4],
                positive, (1 - positive) / 2, (1 - positive) / 3, (1 - positive) / 6, "source", null, "aws",
                "s3://fetchrun-bench/shards/de-0000.jsonl.gz", i + 1, "bench:1:0");
        }).ToArray();
    }

    private static readonly string[] Words =
        ["das", "Produkt", "ist", "sehr", "gut", "aber", "die", "Lieferung", "war", "langsam", "Qualität", "Preis", "leider", "nicht",
         "empfehlenswert", "wieder", "kaufen", "schnell", "zufrieden", "Verpackung", "beschädigt", "funktioniert", "einwandfrei"];
}
