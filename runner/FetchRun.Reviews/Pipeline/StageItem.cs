namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// What flows between the stages: a review, or a flush marker. The reader sends a marker when the window of reviews
/// in flight is full; each stage sends its partly filled calls when the marker reaches it and passes the marker on only
/// once the reviews before it have left the stage, so the window always drains.
/// </summary>
internal readonly record struct StageItem(ReviewWork? Work)
{
    public static StageItem Flush => default;

    public bool IsFlush => Work is null;
}
