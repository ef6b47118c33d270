namespace FetchRun.Sdk;

/// <summary>
/// Who this job is, from the variables AWS Batch sets (<c>AWS_BATCH_*</c>). Outside Batch the id is
/// <c>local</c>, the attempt 1 and the array index 0 of 1.
/// </summary>
/// <param name="Id">AWS_BATCH_JOB_ID (for an array child, <c>parent:index</c>).</param>
/// <param name="Attempt">AWS_BATCH_JOB_ATTEMPT, starting at 1.</param>
/// <param name="ArrayIndex">AWS_BATCH_JOB_ARRAY_INDEX, 0 when not an array job.</param>
/// <param name="ArraySize">AWS_BATCH_JOB_ARRAY_SIZE, 1 when not an array job.</param>
/// <param name="Queue">AWS_BATCH_JQ_NAME, null outside Batch.</param>
/// <param name="ComputeEnvironment">AWS_BATCH_CE_NAME, null outside Batch.</param>
public sealed record JobInfo(string Id, int Attempt, int ArrayIndex, int ArraySize, string? Queue, string? ComputeEnvironment)
{
    /// <summary>True when running under AWS Batch (AWS_BATCH_JOB_ID is set).</summary>
    public bool OnBatch => Id != LocalId;

    /// <summary>The id used outside Batch.</summary>
    public const string LocalId = "local";

    /// <summary>A job outside Batch.</summary>
    public static JobInfo Local { get; } = new(LocalId, 1, 0, 1, null, null);
}
