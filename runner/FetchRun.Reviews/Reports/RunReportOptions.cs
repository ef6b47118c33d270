using FetchRun.Sdk.Storage;

namespace FetchRun.Reviews.Reports;

/// <summary>Where the run report goes and which runs it covers, read from the job's parameters by the script.</summary>
public sealed record RunReportOptions
{
    /// <summary>The file written when the <c>report</c> parameter is not given: <c>fetchrun-report.html</c> in the current directory.</summary>
    public const string DefaultFileName = "fetchrun-report.html";

    /// <summary>Where the report is written; null when the <c>report</c> parameter is <c>none</c>.</summary>
    public ObjectUri? Destination { get; init; }

    /// <summary>The job whose runs the report covers: its attempts and, for an array job's id, every child's.</summary>
    public required string JobId { get; init; }

    /// <summary>True to write the report from the database without running the pipeline (<c>report-only=true</c>).</summary>
    public bool Only { get; init; }

    /// <summary>
    /// Reads <c>report</c> (a file path or URI that <c>Storage</c> writes, e.g. <c>s3://bucket/reports/</c>; a prefix ending
    /// <c>/</c> or an existing directory gets <c>&lt;job id&gt;.html</c>; <c>none</c> writes nothing; default
    /// <see cref="DefaultFileName"/> in the current directory), <c>report-job</c> (default: this job's id) and
    /// <c>report-only</c> (<c>true</c> or <c>false</c>, default false).
    /// </summary>
    /// <exception cref="JobFailedException">Exit code 64 for a malformed value, naming the parameter.</exception>
    public static RunReportOptions FromParams(JobParams parameters, JobInfo job)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(job);
        var jobId = parameters.Get("report-job", job.Id).Trim();
        if (jobId.Length == 0)
            throw new JobFailedException(ExitCodes.Usage, "parameter 'report-job' must be a job id, not empty.");
        var only = parameters.Get("report-only", "false").Trim().ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            var other => throw new JobFailedException(ExitCodes.Usage, $"parameter 'report-only' must be true or false, not '{other}'."),
        };
        var report = parameters.Get("report", Path.Combine(Environment.CurrentDirectory, DefaultFileName)).Trim();
        if (report.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return only
                ? throw new JobFailedException(ExitCodes.Usage, "parameter 'report-only=true' needs a report to write, but 'report' is none.")
                : new RunReportOptions { JobId = jobId };
        }
        var destination = ObjectUri.Parse(report);
        if (destination.IsPrefix)
            destination = ObjectUri.Parse(destination.ToString().TrimEnd('/') + "/" + FileNameFor(jobId));
        return new RunReportOptions { Destination = destination, JobId = jobId, Only = only };
    }

    /// <summary><c>&lt;job id&gt;.html</c> with every character other than letters, digits, '.', '-' and '_' (such as an array child's ':') as '_'.</summary>
    public static string FileNameFor(string jobId)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        return string.Concat(jobId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')) + ".html";
    }
}
