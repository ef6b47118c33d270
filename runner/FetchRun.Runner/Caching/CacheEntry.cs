using System.Security.Cryptography;

namespace FetchRun.Runner.Caching;

/// <summary>
/// The bytes of a cache entry: a magic number, the SHA-256 of the assembly, then the assembly (with its
/// embedded PDB). A torn or corrupted entry fails the check and is rebuilt, never run.
/// </summary>
internal static class CacheEntry
{
    private static ReadOnlySpan<byte> Magic => "FRC1"u8;
    private const int HeaderLength = 4 + SHA256.HashSizeInBytes;

    public static byte[] Wrap(ReadOnlySpan<byte> assembly)
    {
        var entry = new byte[HeaderLength + assembly.Length];
        Magic.CopyTo(entry);
        SHA256.HashData(assembly, entry.AsSpan(4, SHA256.HashSizeInBytes));
        assembly.CopyTo(entry.AsSpan(HeaderLength));
        return entry;
    }

    public static bool TryUnwrap(byte[] entry, out byte[] assembly)
    {
        assembly = [];
        if (entry.Length <= HeaderLength || !entry.AsSpan(0, 4).SequenceEqual(Magic))
            return false;
        var body = entry.AsSpan(HeaderLength);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        if (!hash.SequenceEqual(entry.AsSpan(4, SHA256.HashSizeInBytes)))
            return false;
        assembly = body.ToArray();
        return true;
    }
}
