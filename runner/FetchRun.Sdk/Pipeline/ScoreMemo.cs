using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FetchRun.Sdk.Nlp;

namespace FetchRun.Sdk.Pipeline;

/// <summary>
/// Sentiment scores this run has paid for, by (text, language), so that an identical text is scored once per run. Keys
/// are 128 bits of SHA-256 and the memo stops growing at its capacity (about 100 bytes an entry), so memory stays
/// bounded on any shard; past it, a repeated text is scored again. Not thread-safe: the sentiment stage guards it.
/// </summary>
internal sealed class ScoreMemo(int capacity)
{
    /// <summary>50,000 distinct texts, about 5 MiB.</summary>
    public const int DefaultCapacity = 50_000;

    private readonly Dictionary<UInt128, SentimentScore> _scores = [];

    public bool TryGet(string text, string language, out SentimentScore score) =>
        _scores.TryGetValue(Key(text, language), out score!);

    public void Add(string text, string language, SentimentScore score)
    {
        if (_scores.Count < capacity)
            _scores.TryAdd(Key(text, language), score);
    }

    private static UInt128 Key(string text, string language)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{language}\n{text}"), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
