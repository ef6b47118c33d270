using System.Diagnostics;
using Amazon.Runtime;
using FetchRun.Sdk;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews;
using FetchRun.Reviews.Sinks;
using FetchRun.Sdk.Storage;
using FetchRun.TestSupport.NlpEmulator;
using static FetchRun.Benchmarks.HarnessArgs;
using static FetchRun.Benchmarks.Pipeline.PipelineBench;

namespace FetchRun.Benchmarks.Pipeline;

/// <summary>
/// <c>pipeline-throughput [--rows 2000] [--english 0.3] [--duplicates 0.1] [--latency-ms 30] [--naive-rows 200] [--max-in-flight 100] [--seed 11] [--dir DIR]</c>:
/// a multilingual shard through <see cref="ReviewPipeline"/> with the AWS providers against the loopback emulator (latency per
/// call, the default TPS limits), compared in the same run with (i) the ceiling the TPS limits imply — each operation's fewest
/// possible calls over its TPS, the slowest operation bounding the run — and (ii) a naive sequential loop over the first
/// <c>--naive-rows</c> rows with the same clients: one review at a time, detect one document, translate, score one document,
/// no dedupe, no concurrency. The naive loop runs first; the emulator's counters are reset between the two.
/// </summary>
internal sealed class PipelineThroughputHarness : IHarness
{
    public string Name => "pipeline-throughput";

    public string Description => "review pipeline vs TPS ceiling vs naive sequential loop, AWS providers on the emulator: pipeline-throughput [--rows 2000] [--latency-ms 30] [--naive-rows 200] [--max-in-flight 100]";

    public async Task<int> RunAsync(string[] args)
    {
        var rows = Int(args, "--rows", 2000);
        var english = Double(args, "--english", 0.3);
        var duplicates = Double(args, "--duplicates", 0.1);
        var latencyMs = Int(args, "--latency-ms", 30);
        var naiveRows = Int(args, "--naive-rows", 200);
        var seed = Int(args, "--seed", 11);
        var window = Int(args, "--max-in-flight", new ReviewPipelineOptions().MaxInFlight);
        var dir = WorkDirectory(args, "fetchrun-pipeline-throughput");
        const string target = "en";

        var shard = Path.Combine(dir.FullName, "throughput.jsonl");
        WriteMixedShard(shard, rows, english, duplicates, seed);
        var (stats, firstReviews) = await ReadShardAsync(shard, target, keep: naiveRows);

        await using var emulator = await NlpEmulator.StartAsync(new NlpEmulatorOptions { Latency = TimeSpan.FromMilliseconds(latencyMs) });
        var options = new AwsNlpOptions
        {
            Region = "us-east-1", TranslateEndpoint = emulator.Url, ComprehendEndpoint = emulator.Url,
            Credentials = new BasicAWSCredentials(emulator.Options.AccessKeyId, emulator.Options.SecretAccessKey),
            ReadEnvironment = _ => null,
        };
        var tps = new Dictionary<string, double>
        {
            [NlpOperation.BatchDetectDominantLanguage] = options.BatchDetectDominantLanguageTps,
            [NlpOperation.TranslateText] = options.TranslateTextTps,
            [NlpOperation.BatchDetectSentiment] = options.BatchDetectSentimentTps,
        };
        var nlp = NlpProviders.Aws(options);
        try
        {
            // (ii) the naive loop, first, on the first rows of the same shard.
            var naiveClock = Stopwatch.StartNew();
            foreach (var review in firstReviews)
                await NaiveOneAsync(nlp, review, target);
            naiveClock.Stop();
            var naiveCalls = Operations.ToDictionary(o => o, emulator.Counters.Calls);
            var naivePeak = Operations.ToDictionary(o => o, emulator.Counters.MaxCallsPerSecond);
            emulator.Counters.Reset();

            // The pipeline over the whole shard.
            var db = Path.Combine(dir.FullName, "throughput.db");
            File.Delete(db);
            var log = new QuietJobLog();
            ReviewRunSummary summary;
            TimeSpan pipelineTime;
            await using (var sink = await ReviewSinks.OpenAsync(db, log, CancellationToken.None))
            using (var store = new ObjectStore())
            {
                var pipeline = new ReviewPipeline(nlp, sink, store, log, JobInfo.Local, new ReviewPipelineOptions { TargetLanguage = target, MaxInFlight = window });
                var clock = Stopwatch.StartNew();
                summary = await pipeline.RunAsync([ObjectUri.Parse(shard)], CancellationToken.None);
                pipelineTime = clock.Elapsed;
            }
            var calls = Operations.ToDictionary(o => o, emulator.Counters.Calls);
            var peak = Operations.ToDictionary(o => o, emulator.Counters.MaxCallsPerSecond);

            // (i) the ceiling: the fewest calls each operation needs for this shard, at its TPS; operations have separate quotas.
            var fewest = new Dictionary<string, double>
            {
                [NlpOperation.BatchDetectDominantLanguage] = Math.Ceiling(stats.RowsWithoutLanguage / 25.0),
                [NlpOperation.TranslateText] = stats.DistinctNonTargetTexts,
                [NlpOperation.BatchDetectSentiment] = stats.RowsByLanguage.Values.Sum(n => Math.Ceiling(n / 25.0)),
            };
            var ceiling = Operations.Max(o => fewest[o] / tps[o]);
            var bound = Operations.Max(o => calls[o] / tps[o]);
            var pipelineRate = summary.Written / pipelineTime.TotalSeconds;
            var naiveRate = firstReviews.Count / naiveClock.Elapsed.TotalSeconds;

            Console.WriteLine(F($"shard: {stats.Rows} rows ({stats.NonTargetRows} not {target}, {stats.DistinctNonTargetTexts} distinct non-{target} texts, {stats.RowsWithoutLanguage} without language; {string.Join(" ", stats.RowsByLanguage.Select(kv => $"{kv.Key} {kv.Value}"))}); emulator latency {latencyMs} ms per call; max-in-flight {window}; {Environment.ProcessorCount} cores"));
            Console.WriteLine(F($"pipeline: exit {summary.ExitCode}, written {summary.Written}, translate calls {summary.TranslateCalls}, cache/dedupe hits {summary.TranslationCacheHits}, warnings {log.Warnings}, errors {log.Errors}"));
            Console.WriteLine(F($"sentiment units: pipeline {summary.SentimentUnits}, distinct (text, language) minimum {stats.DistinctSentimentUnits}, ratio {(double)summary.SentimentUnits / stats.DistinctSentimentUnits:0.000}; language units {summary.LanguageUnits}; load average {LoadAverage()}"));
            Console.WriteLine();
            Console.WriteLine("| operation | TPS limit | fewest calls (shard) | ceiling s = fewest/TPS | pipeline calls | pipeline calls/TPS s | pipeline peak calls in 1 s | naive calls | naive peak in 1 s |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var o in Operations)
                Console.WriteLine(F($"| {o} | {tps[o]:0} | {fewest[o]:0} | {fewest[o] / tps[o]:0.0} | {calls[o]} | {calls[o] / tps[o]:0.0} | {peak[o]} | {naiveCalls[o]} | {naivePeak[o]} |"));
            Console.WriteLine();
            Console.WriteLine("| case | rows | wall s | rows/s | ratio |");
            Console.WriteLine("|---|---:|---:|---:|---|");
            Console.WriteLine(F($"| TPS ceiling (slowest operation, fewest calls) | {stats.Rows} | {ceiling:0.0} | {stats.Rows / ceiling:0.0} | 1.00 (reference) |"));
            Console.WriteLine(F($"| TPS bound of the pipeline's own calls | {stats.Rows} | {bound:0.0} | {stats.Rows / bound:0.0} | {bound / ceiling:0.00} × ceiling time |"));
            Console.WriteLine(F($"| pipeline | {summary.Written} | {pipelineTime.TotalSeconds:0.0} | {pipelineRate:0.0} | {pipelineTime.TotalSeconds / ceiling:0.00} × ceiling time = {ceiling / pipelineTime.TotalSeconds:0.00} of ceiling rate |"));
            Console.WriteLine(F($"| naive sequential loop (first {firstReviews.Count} rows, rate extrapolated) | {firstReviews.Count} | {naiveClock.Elapsed.TotalSeconds:0.0} | {naiveRate:0.0} | pipeline speed-up {pipelineRate / naiveRate:0.0}× |"));
            return summary.ExitCode;
        }
        finally
        {
            (nlp.Translator as IDisposable)?.Dispose();
            (nlp.Language as IDisposable)?.Dispose();
        }
    }

    /// <summary>What a job written without the pipeline does: one review, one call after another.</summary>
    private static async Task NaiveOneAsync(NlpProviders nlp, Review review, string target)
    {
        var language = review.Language;
        if (!LanguageCodes.IsWellFormed(language))
        {
            var guess = await nlp.Language.DetectAsync([review.Body], CancellationToken.None);
            language = guess[0].Value?.Code ?? LanguageCodes.Undetermined;
        }
        language = LanguageCodes.Normalize(language!);
        string? translated = null;
        if (language != target && language != LanguageCodes.Undetermined)
            translated = (await nlp.Translator.TranslateAsync(review.Body, language, target, CancellationToken.None)).Text;
        if (nlp.Sentiment.Supports(language))
            await nlp.Sentiment.AnalyzeAsync([review.Body], language, CancellationToken.None);
        else if (translated is not null)
            await nlp.Sentiment.AnalyzeAsync([translated], target, CancellationToken.None);
    }
}
