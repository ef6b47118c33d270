using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace FetchRun.Reviews.Reading;

/// <summary>UTF-8 checks and the lossy, capped text kept for a quarantined line.</summary>
internal static class Utf8Text
{
    /// <summary>True when valid; otherwise the 1-based position of the first bad byte.</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes, out int badBytePosition)
    {
        badBytePosition = 0;
        if (Utf8.IsValid(bytes))
            return true;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
                break;
            offset += consumed;
        }
        badBytePosition = offset + 1;
        return false;
    }

    /// <summary>The first <paramref name="maxBytes"/> bytes as text (invalid bytes become U+FFFD), with '…' when cut.</summary>
    public static string Raw(ReadOnlySpan<byte> bytes, int maxBytes, bool alreadyCut = false)
    {
        if (bytes.Length <= maxBytes && !alreadyCut)
            return Encoding.UTF8.GetString(bytes);
        var cut = Math.Min(bytes.Length, maxBytes);
        while (cut > 0 && cut < bytes.Length && (bytes[cut] & 0xC0) == 0x80)
            cut--;
        return Encoding.UTF8.GetString(bytes[..cut]) + "…";
    }
}
