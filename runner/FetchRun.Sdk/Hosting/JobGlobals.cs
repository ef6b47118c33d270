using FetchRun.Sdk.Storage;

namespace FetchRun.Sdk;

/// <summary>
/// What a job script sees as globals: <c>Args</c>, <c>Params</c>, <c>Job</c>, <c>Inputs</c>, <c>Log</c>,
/// <c>Cancellation</c> and <c>Storage</c>: the script contract, nothing job-specific (a job's own services come from
/// the libraries it references, such as the review job's <c>FetchRun.Reviews</c>). The same script runs locally and on Batch. Documented in docs/writing-jobs.md.
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
}
