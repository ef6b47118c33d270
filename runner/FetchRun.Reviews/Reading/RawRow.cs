namespace FetchRun.Reviews.Reading;

/// <summary>
/// The field values of one line as read, before validation; reused from line to line. A null value means the
/// field was absent or null; a problem is a type error found while reading (JSON only).
/// </summary>
internal sealed class RawRow
{
    public readonly string?[] Values = new string?[ReviewFields.Count];
    public readonly string?[] Problems = new string?[ReviewFields.Count];

    /// <summary>True when the JSON stars value was a string rather than a number.</summary>
    public bool StarsQuoted { get; set; }

    public string? this[ReviewField field]
    {
        get => Values[(int)field];
        set => Values[(int)field] = value;
    }

    public void Clear()
    {
        Array.Clear(Values);
        Array.Clear(Problems);
        StarsQuoted = false;
    }

    /// <summary>The review id when it was read cleanly, so a quarantined line can still be told apart.</summary>
    public string? ReadableId =>
        Problems[(int)ReviewField.ReviewId] is null && !string.IsNullOrWhiteSpace(this[ReviewField.ReviewId])
            ? this[ReviewField.ReviewId]
            : null;
}
