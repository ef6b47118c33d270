namespace FetchRun.Reviews;

/// <summary>
/// One review in the Multilingual Amazon Reviews Corpus schema, with where it came from.
/// </summary>
/// <param name="ReviewId">review_id (required).</param>
/// <param name="ProductId">product_id.</param>
/// <param name="ReviewerId">reviewer_id.</param>
/// <param name="Stars">stars, 1 to 5.</param>
/// <param name="Body">review_body (required, non-empty).</param>
/// <param name="Title">review_title, optional.</param>
/// <param name="Language">language, optional (detected when missing).</param>
/// <param name="ProductCategory">product_category.</param>
/// <param name="Source">The shard it was read from.</param>
/// <param name="Line">Its 1-based line number in that shard (for CSV, the physical line where the record starts).</param>
public sealed record Review(string ReviewId, string ProductId, string ReviewerId, int Stars, string Body, string? Title,
    string? Language, string ProductCategory, string Source, long Line);

/// <summary>A line that could not be used, kept with the reason so that nothing is lost silently.</summary>
/// <param name="Source">The shard.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Reason">What is wrong, naming the field (e.g. <c>stars: 7 is outside 1–5</c>).</param>
/// <param name="Raw">The raw line (lossy UTF-8 when it was not valid UTF-8), capped in length.</param>
/// <param name="ReviewId">The review id when it could be read, so a later attempt can tell it apart.</param>
public sealed record QuarantinedLine(string Source, long Line, string Reason, string Raw, string? ReviewId = null);
