using System.Globalization;

namespace FetchRun.Reviews.Reading;

/// <summary>
/// Every reason a line can be quarantined for, and every message that makes a shard unusable, in one place
/// (docs/input-format.md lists them). Reasons start with the field they are about, or with the layer that
/// failed (<c>malformed JSON</c>, <c>CSV</c>, <c>invalid UTF-8</c>, <c>line</c>).
/// </summary>
internal static class QuarantineReasons
{
    public static string TooLong(long bytes, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"line: {bytes:N0} bytes exceeds the {limit:N0}-byte limit");

    public static string InvalidUtf8(int bytePosition) =>
        string.Create(CultureInfo.InvariantCulture, $"invalid UTF-8 at byte {bytePosition}");

    public static string MalformedJson(long bytePosition, string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"malformed JSON at byte {bytePosition}: {detail}");

    public static string NotAnObject(string tokenKind) => $"malformed JSON: expected an object, got {tokenKind}";

    public static string Missing(ReviewField field) => $"{ReviewFields.NameOf(field)}: missing";

    public static string Empty(ReviewField field) => $"{ReviewFields.NameOf(field)}: empty";

    public static string WrongType(ReviewField field, string expected, string tokenKind) =>
        $"{ReviewFields.NameOf(field)}: expected {expected}, got {tokenKind}";

    public static string AppearsTwice(ReviewField field) => $"{ReviewFields.NameOf(field)}: appears twice in the object";

    public static string InvalidEscape(ReviewField field) =>
        $"{ReviewFields.NameOf(field)}: contains an escaped lone surrogate (\\uD800–\\uDFFF)";

    public static string StarsNotANumber(string text) => $"stars: \"{Shorten(text)}\" is not a number";

    public static string StarsNotWhole(string text) => $"stars: {Shorten(text)} is not a whole number";

    public static string StarsOutOfRange(string text) => $"stars: {Shorten(text)} is outside 1–5";

    public static string BadLanguage(string text) =>
        $"language: \"{Shorten(text)}\" is not a language code like \"en\" or \"zh-TW\"";

    public static string DuplicateId(long firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"review_id: duplicate of line {firstLine}");

    public static string CsvFieldCount(int fields, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"CSV: {fields} fields, the header has {expected}");

    public static string CsvTextAfterQuote(int bytePosition) =>
        string.Create(CultureInfo.InvariantCulture, $"CSV: text after a closing quote at byte {bytePosition}");

    public const string CsvUnclosedQuote = "CSV: quoted field not closed before the end of the file";

    // Shard-level failures (exit code 65): the file as a whole cannot be read.

    public static string UnknownExtension(string source) =>
        $"{source}: cannot tell the shard format from the file name; use .jsonl, .ndjson, .json or .csv, optionally followed by .gz";

    public static string NoHeader(string source) => $"{source}: the CSV file is empty; it needs a header row naming the columns";

    public static string MalformedHeader(string source) => $"{source}: the CSV header row is malformed (an unbalanced quote)";

    public static string MissingColumns(string source, IEnumerable<string> columns) =>
        $"{source}: the CSV header has no {string.Join(", ", columns.Select(c => $"\"{c}\""))} column; required: " +
        string.Join(", ", ReviewFields.Names.Where((_, i) => ReviewFields.IsRequired((ReviewField)i)));

    public static string DuplicateColumn(string source, string column) => $"{source}: the CSV header names \"{column}\" twice";

    public static string CorruptGzip(string source, long line, string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}: the gzip data is corrupt after line {line}: {detail}");

    public static string TooLarge(string source, long line, long limit) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{source}: more than {limit:N0} bytes after decompression, after line {line}: a gzip bomb, or a shard to split or to read with a higher {ShardReaderDefaults.MaxShardBytesParameter}");

    public static string ReadFailed(string source, long line, string detail) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}: reading failed after line {line}: {detail}");

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
