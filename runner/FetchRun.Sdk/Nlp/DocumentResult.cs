namespace FetchRun.Sdk.Nlp;

/// <summary>One document's outcome in a batch call: a value, or the per-document error (never both).</summary>
/// <param name="Value">The result, when the document succeeded.</param>
/// <param name="Error">Why the document failed (e.g. <c>UNSUPPORTED_LANGUAGE</c>, <c>TEXT_SIZE_LIMIT_EXCEEDED: …</c>).</param>
public readonly record struct DocumentResult<T>(T? Value, string? Error)
{
    /// <summary>True when the document has a value.</summary>
    public bool Succeeded => Error is null;
}
