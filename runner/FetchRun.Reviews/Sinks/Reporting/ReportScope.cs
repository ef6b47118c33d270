namespace FetchRun.Reviews.Sinks.Reporting;

/// <summary>
/// Which runs a report covers: every run whose job id is <see cref="JobId"/> (all its attempts) or starts with
/// <c>JobId:</c> (the children of an array job and their attempts). Locally every run has the job id <c>local</c>,
/// so a local report covers every local run stored in that database.
/// </summary>
internal sealed record ReportScope(string JobId)
{
    /// <summary>The prefix array children's job ids start with (<c>parent:index</c> on Batch).</summary>
    public string ChildPrefix => JobId + ":";
}
