namespace FetchRun.Reviews.Nlp;

/// <summary>One document's outcome in a batch call: a value, or the per-document error (never both).</summary>
/// <param name="Value">The result, when the document succeeded.</param>
/// <param name="Error">Why the document failed (e.g. <c>UNSUPPORTED_LANGUAGE</c>, <c>TEXT_SIZE_LIMIT_EXCEEDED: …</c>).</param>
/// <param name="Transient">True when the failure is the service's (an internal error or throttling that outlasted
/// the retries), not the document's: the result must not be stored, so that the next attempt redoes it.</param>
public readonly record struct DocumentResult<T>(T? Value, string? Error, bool Transient = false)
{
    /// <summary>True when the document has a value.</summary>
    public bool Succeeded => Error is null;
}
