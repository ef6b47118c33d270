using FetchRun.Sdk.Nlp;
using FetchRun.Sdk.Sinks;
using FetchRun.Sdk.Storage;

namespace FetchRun.Sdk;

/// <summary>
/// What a job script sees as globals: <c>Args</c>, <c>Params</c>, <c>Job</c>, <c>Inputs</c>, <c>Log</c>,
/// <c>Cancellation</c> and the SDK services. The same script runs locally and on Batch; only the
/// providers chosen by options and environment differ. Documented in docs/writing-jobs.md.
/// </summary>
public class JobGlobals
{
    /// <summary>Creates the globals (the runner does this; tests may too).</summary>
    public JobGlobals(IReadOnlyList<string> args, JobParams parameters, JobInfo job, IReadOnlyList<ObjectUri> inputs,
        IJobLog log, CancellationToken cancellation, IObjectStore storage)
    {
        Args = args;
        Params = parameters;
        Job = job;
        Inputs = inputs;
        Log = log;
        Cancellation = cancellation;
        Storage = storage;
    }

    /// <summary>The arguments after <c>--</c> on the command line.</summary>
    public IReadOnlyList<string> Args { get; }

    /// <summary>The <c>--param k=v</c> values.</summary>
    public JobParams Params { get; }

    /// <summary>Job id, attempt, array index and size, queue and compute environment.</summary>
    public JobInfo Job { get; }

    /// <summary>The inputs this job (or this array child) owns, prefixes already expanded, in order.</summary>
    public IReadOnlyList<ObjectUri> Inputs { get; }

    /// <summary>The job's structured log.</summary>
    public IJobLog Log { get; }

    /// <summary>Fires on SIGTERM, a Spot interruption notice or the <c>--timeout</c> deadline: save progress and return.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>Reads and writes S3 objects, local files and HTTPS objects.</summary>
    public IObjectStore Storage { get; }

    private readonly Lazy<NlpProviders> _nlp = new(() => NlpProviders.FromEnvironment());

    /// <summary>Language detection, sentiment and translation: offline by default, Amazon Comprehend and Translate
    /// with <c>FETCHRUN_NLP=aws</c>. Created on first use.</summary>
    public NlpProviders Nlp => _nlp.Value;

    /// <summary>Opens the results database: <paramref name="target"/> (a PostgreSQL URI or connection string, or a
    /// SQLite path), else <c>FETCHRUN_DB</c>, else the SSM SecureString named by <c>FETCHRUN_DB_SSM_PARAMETER</c>,
    /// else the SQLite file <c>fetchrun-results.db</c> in the current directory (refused on AWS Batch, exit 64, as is
    /// a <paramref name="target"/> holding a password there). Dispose it when done.</summary>
    public Task<IReviewSink> OpenSinkAsync(string? target = null) => ReviewSinks.OpenAsync(target, Job, Log, Cancellation);
}
