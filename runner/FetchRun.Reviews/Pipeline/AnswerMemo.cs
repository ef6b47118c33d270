using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FetchRun.Reviews.Pipeline;

/// <summary>
/// Answers this run has paid for or read back, by (text, language), so that an identical text is asked about once per run.
/// Keys are 128 bits of SHA-256 and the memo stops growing at its capacity (about 100 bytes an entry), so memory stays
/// bounded on any shard; past it, a repeated text is looked up in the <c>answers</c> table again. Thread-safe.
/// </summary>
internal sealed class AnswerMemo<T>(int capacity) where T : class
{
    /// <summary>50,000 distinct texts, about 5 MiB.</summary>
    public const int DefaultCapacity = 50_000;

    private readonly Dictionary<UInt128, T> _answers = [];
    private readonly Lock _gate = new();

    public bool TryGet(string text, string language, out T answer)
    {
        lock (_gate)
            return _answers.TryGetValue(Key(text, language), out answer!);
    }

    public void Add(string text, string language, T answer)
    {
        lock (_gate)
        {
            if (_answers.Count < capacity)
                _answers.TryAdd(Key(text, language), answer);
        }
    }

    private static UInt128 Key(string text, string language)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{language}\n{text}"), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
