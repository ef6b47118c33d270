using Amazon.Runtime;
using FetchRun.Sdk;
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Nlp.Aws;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews.Sinks;
using FetchRun.Sdk.Storage;
using FetchRun.TestSupport.NlpEmulator;
using static FetchRun.Benchmarks.HarnessArgs;
using static FetchRun.Benchmarks.Pipeline.PipelineBench;

namespace FetchRun.Benchmarks.Pipeline;

/// <summary>
/// <c>pipeline-billing [--rows 5000] [--english 0.3] [--duplicates 0.2] [--seed 21] [--dir DIR]</c>: characters the review pipeline
/// sends to Translate (AWS providers on the loopback emulator, no latency, TPS limits raised to 500 so the run is short: billing
/// does not depend on them) against a translate-all baseline — every row's body sent, as a job without the pipeline's skips
/// would — computed from the same shard without calling. Then the same shard again into the same database (everything
/// stored: nothing paid) and a new shard with the same texts under new review ids (the translation cache). Costs at
/// <see cref="ListPrices.Default"/>.
/// </summary>
internal sealed class PipelineBillingHarness : IHarness
{
    public string Name => "pipeline-billing";

    public string Description => "Translate characters and cost: pipeline (skip target, dedupe, cache) vs translate-all, rerun, same texts: pipeline-billing [--rows 5000] [--duplicates 0.2]";

    public async Task<int> RunAsync(string[] args)
    {
        var rows = Int(args, "--rows", 5000);
        var english = Double(args, "--english", 0.3);
        var duplicates = Double(args, "--duplicates", 0.2);
        var seed = Int(args, "--seed", 21);
        var dir = WorkDirectory(args, "fetchrun-pipeline-billing");
        const string target = "en";
        var prices = ListPrices.Default;

        var first = Path.Combine(dir.FullName, "billing-a.jsonl");
        var sameTexts = Path.Combine(dir.FullName, "billing-b.jsonl");
        WriteMixedShard(first, rows, english, duplicates, seed, prefix: "a-");
        WriteMixedShard(sameTexts, rows, english, duplicates, seed, prefix: "b-");
        var (stats, _) = await ReadShardAsync(first, target);

        await using var emulator = await NlpEmulator.StartAsync(new NlpEmulatorOptions());
        var nlp = NlpProviders.Aws(new AwsNlpOptions
        {
            Region = "us-east-1", TranslateEndpoint = emulator.Url, ComprehendEndpoint = emulator.Url,
            Credentials = new BasicAWSCredentials(emulator.Options.AccessKeyId, emulator.Options.SecretAccessKey),
            ReadEnvironment = _ => null, TranslateTextTps = 500, BatchDetectDominantLanguageTps = 500, BatchDetectSentimentTps = 500,
        });
        var db = Path.Combine(dir.FullName, "billing.db");
        foreach (var file in Directory.GetFiles(dir.FullName, "billing.db*"))
            File.Delete(file);
        var log = new QuietJobLog();
        var runs = new List<(string Case, ReviewRunSummary Summary, long EmulatorCharacters)>();
        try
        {
            await using var sink = await ReviewSinks.OpenAsync(db, log, CancellationToken.None);
            using var store = new ObjectStore();
            var options = new ReviewPipelineOptions { TargetLanguage = target, Prices = prices };
            foreach (var (name, shard) in new[] { ("pipeline, first run", first), ("pipeline, same shard again", first), ("pipeline, new ids with the same texts", sameTexts) })
            {
                emulator.Counters.Reset();
                var summary = await new ReviewPipeline(nlp, sink, store, log, JobInfo.Local, options)
                    .RunAsync([ObjectUri.Parse(shard)], CancellationToken.None);
                runs.Add((name, summary, emulator.Counters.CharactersTranslated));
            }
        }
        finally
        {
            (nlp.Translator as IDisposable)?.Dispose();
            (nlp.Language as IDisposable)?.Dispose();
        }

        var firstRun = runs[0].Summary;
        var baseline = stats.AllCharacters;
        Console.WriteLine(F($"shard: {stats.Rows} rows, {stats.TargetRows} in {target} ({stats.TargetRows / (double)stats.Rows:P0}), {stats.NonTargetRows} not, {stats.DistinctNonTargetTexts} distinct non-{target} texts; generator duplicate-text rate {duplicates:P0}"));
        Console.WriteLine(F($"baselines computed from the shard, not called; pipeline figures from its run summary (emulator-counted characters alongside). Prices: {prices.TranslatePerMillionCharacters} USD per million Translate characters, {prices.ComprehendPerUnit} USD per Comprehend unit"));
        Console.WriteLine();
        Console.WriteLine("| case | rows written | Translate calls | Translate characters | × translate-all | Translate USD | Comprehend units | total est. USD |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        // The baselines score and detect the same rows, so they share the first run's Comprehend units.
        var units = firstRun.ComprehendUnits;
        void Row(string name, string written, string calls, long characters, long comprehendUnits) => Console.WriteLine(F(
            $"| {name} | {written} | {calls} | {characters:N0} | {characters / (double)baseline:0.000} | {prices.Estimate(characters, 0):0.0000} | {comprehendUnits:N0} | {prices.Estimate(characters, comprehendUnits):0.0000} |"));
        Row("baseline: translate every row's body", $"{stats.Rows}", $"{stats.Rows}", baseline, units);
        Row(F($"baseline: skip rows already in {target}, no dedupe"), $"{stats.Rows}", $"{stats.NonTargetRows}", stats.NonTargetCharacters, units);
        Row("floor: each distinct non-target text once", $"{stats.Rows}", $"{stats.DistinctNonTargetTexts}", stats.DistinctNonTargetCharacters, units);
        foreach (var (name, s, emulated) in runs)
            Row(F($"{name} (emulator counted {emulated:N0} chars; skipped {s.Skipped}, cache/dedupe hits {s.TranslationCacheHits})"),
                $"{s.Written}", $"{s.TranslateCalls}", s.TranslateCharacters, s.ComprehendUnits);
        Console.WriteLine();
        Console.WriteLine(F($"first run / translate-all characters = {firstRun.TranslateCharacters / (double)baseline:0.000} ({baseline / (double)Math.Max(1, firstRun.TranslateCharacters):0.0}× fewer); first run / distinct floor = {firstRun.TranslateCharacters / (double)stats.DistinctNonTargetCharacters:0.000}"));
        return runs.All(r => r.Summary.ExitCode == 0) ? 0 : 1;
    }
}
