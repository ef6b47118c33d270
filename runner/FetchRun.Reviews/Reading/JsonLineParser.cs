using System.Text;
using System.Text.Json;

namespace FetchRun.Reviews.Reading;

/// <summary>Reads the review fields of one JSON Lines line (already known to be valid UTF-8) into a <see cref="RawRow"/>.</summary>
internal static class JsonLineParser
{
    private static readonly string[] SmallNumbers = ["0", "1", "2", "3", "4", "5"];

    /// <summary>Returns null when the line is one JSON object, or the reason it is not.</summary>
    public static string? Parse(ReadOnlySpan<byte> line, RawRow row)
    {
        row.Clear();
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
                return QuarantineReasons.NotAnObject(KindOf(reader.TokenType));
            Span<bool> seen = stackalloc bool[ReviewFields.Count];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = Match(ref reader);
                reader.Read();
                if (field < 0)
                {
                    reader.Skip();
                    continue;
                }
                if (seen[field])
                {
                    row.Problems[field] ??= QuarantineReasons.AppearsTwice((ReviewField)field);
                    reader.Skip();
                    continue;
                }
                seen[field] = true;
                ReadValue(ref reader, row, (ReviewField)field);
            }
            // Utf8JsonReader rejects anything but whitespace after the object here.
            reader.Read();
            return null;
        }
        catch (JsonException ex)
        {
            return QuarantineReasons.MalformedJson((ex.BytePositionInLine ?? reader.BytesConsumed) + 1, Detail(ex.Message));
        }
    }

    private static void ReadValue(ref Utf8JsonReader reader, RawRow row, ReviewField field)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return;
            case JsonTokenType.String:
                try
                {
                    row[field] = reader.GetString();
                    row.StarsQuoted |= field == ReviewField.Stars;
                }
                catch (InvalidOperationException)
                {
                    row.Problems[(int)field] = QuarantineReasons.InvalidEscape(field);
                }
                return;
            case JsonTokenType.Number when field == ReviewField.Stars:
                row[field] = reader.TryGetInt32(out var small) && small is >= 0 and <= 5
                    ? SmallNumbers[small]
                    : Encoding.UTF8.GetString(reader.ValueSpan);
                return;
            default:
                row.Problems[(int)field] = QuarantineReasons.WrongType(
                    field, field == ReviewField.Stars ? "a number" : "a string", KindOf(reader.TokenType));
                reader.Skip();
                return;
        }
    }

    private static int Match(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("review_id"u8)) return (int)ReviewField.ReviewId;
        if (reader.ValueTextEquals("product_id"u8)) return (int)ReviewField.ProductId;
        if (reader.ValueTextEquals("reviewer_id"u8)) return (int)ReviewField.ReviewerId;
        if (reader.ValueTextEquals("stars"u8)) return (int)ReviewField.Stars;
        if (reader.ValueTextEquals("review_body"u8)) return (int)ReviewField.ReviewBody;
        if (reader.ValueTextEquals("review_title"u8)) return (int)ReviewField.ReviewTitle;
        if (reader.ValueTextEquals("language"u8)) return (int)ReviewField.Language;
        if (reader.ValueTextEquals("product_category"u8)) return (int)ReviewField.ProductCategory;
        return -1;
    }

    private static string KindOf(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    // "'x' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 5." → "'x' is an invalid start of a value"
    private static string Detail(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
