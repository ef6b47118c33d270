namespace FetchRun.Reviews.Sinks;

/// <summary>Opens the sink a job writes to. The one way in to <see cref="IReviewSink"/>.</summary>
public static class ReviewSinks
{
    /// <summary>
    /// Opens the sink named by <paramref name="target"/>, creating its tables if they are missing, and logs which
    /// one was opened (never a password).
    /// </summary>
    /// <param name="target">
    /// <c>postgres://user:password@host:port/db?sslmode=verify-full&amp;sslrootcert=…&amp;schema=…</c>, an Npgsql
    /// keyword string (<c>Host=…;Database=…</c>), <c>sqlite:path</c>, or a path ending <c>.db</c>, <c>.sqlite</c> or
    /// <c>.sqlite3</c>. Null, empty or <c>none</c> (the default) means: <c>FETCHRUN_DB</c>, else the SSM
    /// SecureString parameter named by <c>FETCHRUN_DB_SSM_PARAMETER</c>, else the SQLite file
    /// <c>fetchrun-results.db</c> in the current directory.
    /// </param>
    /// <param name="job">The job; under AWS Batch (<see cref="JobInfo.OnBatch"/>) the SQLite default is refused, and so is
    /// a <paramref name="target"/> holding a password (job parameters are readable through DescribeJobs and CloudTrail), or a
    /// <c>FETCHRUN_DB</c> holding one (the job definition's environment is readable through DescribeJobDefinitions).</param>
    /// <param name="log">Where to say which sink was opened.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The open sink; dispose it when the job ends.</returns>
    /// <exception cref="JobFailedException">
    /// Exit code 64 for a target that cannot be read, a <c>FETCHRUN_DB_CA</c> that is not a file, or on Batch no
    /// database or a password in <paramref name="target"/> or <c>FETCHRUN_DB</c> (refused before anything is created); 66 for a missing
    /// SSM parameter or database, 75 when the database or SSM is unreachable, 77 when access is refused.
    /// </exception>
    public static Task<IReviewSink> OpenAsync(string? target, JobInfo job, IJobLog log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(log);
        return Opener(job.OnBatch).OpenAsync(target, log, cancellationToken);
    }

    /// <summary>For tools outside a job (benchmarks, tests): opens as a local job would.</summary>
    internal static Task<IReviewSink> OpenAsync(string? target, IJobLog log, CancellationToken cancellationToken) =>
        OpenAsync(target, JobInfo.Local, log, cancellationToken);

    private static SinkOpener Opener(bool onBatch)
    {
        Func<string, string?> environment = Environment.GetEnvironmentVariable;
        return new SinkOpener(environment, new SsmParameterReader(environment).ReadAsync) { OnBatch = onBatch };
    }
}
