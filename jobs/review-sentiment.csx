// Translates customer reviews and scores their sentiment, one stored row per review.
//
// Reads the shards in Inputs (JSON Lines or CSV, optionally gzip), detects languages that are missing,
// translates to the target language, scores sentiment and upserts the rows; bad lines are quarantined.
// Safe to retry at any point: stored reviews are skipped before any paid call.
//
// Parameters (--param k=v): target (en), batch-size (25), max-in-flight (100), max-bad-rate (0.05),
//   max-transient-rate (0.01), translate-concurrency (64), max-shard-bytes (4 GiB decompressed per shard),
//   sink (a PostgreSQL or SQLite target, no password on Batch; default FETCHRUN_DB, FETCHRUN_DB_SSM_PARAMETER, else SQLite off Batch),
//   price-translate-per-million-chars (15), price-comprehend-per-unit (0.0001).
// Providers: FETCHRUN_NLP=local (offline, the default) or aws (Amazon Translate and Comprehend).

var options = ReviewPipelineOptions.FromParams(Params);
await using (var sink = await OpenSinkAsync(Params.Get("sink", "none")))
{
    var pipeline = new ReviewPipeline(Nlp, sink, Storage, Log, Job, options);
    var summary = await pipeline.RunAsync(Inputs, Cancellation);
    Console.WriteLine(summary);
    return summary.ExitCode;
}
