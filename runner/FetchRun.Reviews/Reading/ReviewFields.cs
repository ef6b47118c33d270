namespace FetchRun.Reviews.Reading;

/// <summary>Names and requiredness of the review schema's columns.</summary>
internal static class ReviewFields
{
    public const int Count = 8;

    /// <summary>The column names as they appear in JSON and in the CSV header, indexed by <see cref="ReviewField"/>.</summary>
    public static readonly string[] Names =
        ["review_id", "product_id", "reviewer_id", "stars", "review_body", "review_title", "language", "product_category"];

    public static bool IsRequired(ReviewField field) => field is not (ReviewField.ReviewTitle or ReviewField.Language);

    public static string NameOf(ReviewField field) => Names[(int)field];
}
