using FetchRun.Reviews;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// One review on its way through the stages, with what each stage found. Each stage sets its outcome before
/// handing the work on, so no two stages touch it at once.
/// </summary>
internal sealed class ReviewWork(Review review)
{
    public Review Review { get; } = review;

    public LanguageOutcome? Language { get; set; }

    public TranslationOutcome? Translation { get; set; }

    public SentimentOutcome? Sentiment { get; set; }

    /// <summary>Why a service (not the document) failed this review; such a review is not stored, so the next attempt redoes it.</summary>
    public string? TransientError { get; set; }

    public bool IsTransient => TransientError is not null;

    /// <summary>Left unpaid after a stop request, for the next attempt: not stored.</summary>
    public bool Dropped { get; set; }

    /// <summary>True when no later stage has anything to do for this review but pass it on.</summary>
    public bool IsSettled => IsTransient || Dropped;
}
