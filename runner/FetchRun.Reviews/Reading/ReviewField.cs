namespace FetchRun.Reviews.Reading;

/// <summary>The columns of the review schema, in the order their problems are reported.</summary>
internal enum ReviewField
{
    ReviewId,
    ProductId,
    ReviewerId,
    Stars,
    ReviewBody,
    ReviewTitle,
    Language,
    ProductCategory,
}
