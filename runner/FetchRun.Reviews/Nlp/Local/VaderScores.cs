namespace FetchRun.Reviews.Nlp.Local;

/// <summary>VADER's output: shares of positive, negative and neutral text (summing to 1) and the normalised compound score in [-1, 1].</summary>
internal readonly record struct VaderScores(double Positive, double Negative, double Neutral, double Compound);
