// Translates customer reviews and scores their sentiment, one stored row per review, then writes the run report.
//
// Reads the shards in Inputs (JSON Lines or CSV, optionally gzip), detects languages that are missing,
// translates to the target language, scores sentiment and upserts the rows; bad lines are quarantined.
// Safe to retry at any point: stored reviews are skipped before any paid call.
//
// Parameters (--param k=v): target (en), batch-size (25), max-in-flight (100), max-bad-rate (0.05),
//   max-transient-rate (0.01), translate-concurrency (64), max-shard-bytes (4 GiB decompressed per shard),
//   sink (a PostgreSQL or SQLite target, no password on Batch; default FETCHRUN_DB, FETCHRUN_DB_SSM_PARAMETER, else SQLite off Batch),
//   price-translate-per-million-chars (15), price-comprehend-per-unit (0.0001),
//   report (where the HTML report goes: a path or s3://…; a prefix ending '/' gets <job id>.html; none to skip;
//   default fetchrun-report.html here), report-job (whose runs it covers; default this job), report-only (true:
//   write the report from the database and run nothing, e.g. once for a whole array job). See docs/report.md.
// Providers: FETCHRUN_NLP=local (offline, the default) or aws (Amazon Translate and Comprehend).
#r "FetchRun.Reviews"
using FetchRun.Reviews.Nlp;
using FetchRun.Reviews.Pipeline;
using FetchRun.Reviews.Reports;
using FetchRun.Reviews.Sinks;

var nlp = NlpProviders.FromEnvironment();

var options = ReviewPipelineOptions.FromParams(Params);
var report = RunReportOptions.FromParams(Params, Job);
await using (var sink = await ReviewSinks.OpenAsync(Params.Get("sink", "none"), Job, Log, Cancellation))
{
    var exitCode = ExitCodes.Success;
    if (!report.Only)
    {
        var pipeline = new ReviewPipeline(nlp, sink, Storage, Log, Job, options);
        var summary = await pipeline.RunAsync(Inputs, Cancellation);
        Console.WriteLine(summary);
        exitCode = summary.ExitCode;
    }
    // A stopped attempt leaves the report to the attempt that finishes the work; a run over max-bad-rate (65) still writes it.
    if (exitCode != ExitCodes.Stopped && await RunReports.WriteAsync(sink, report, Storage, Log, Cancellation) is { } written)
        Console.WriteLine($"report         {written}");
    return exitCode;
}
