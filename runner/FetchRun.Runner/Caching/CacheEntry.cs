using System.Security.Cryptography;
using System.Text;

namespace FetchRun.Runner.Caching;

/// <summary>
/// The bytes of a cache entry: the magic <c>FRC2</c>, the SHA-256 of the body, then the body. A torn or
/// corrupted entry fails the check and is rebuilt, never run. The body (little-endian, strings as .NET's
/// <see cref="BinaryWriter"/> writes them: 7-bit-encoded UTF-8 length, then the bytes):
/// <c>int32</c> package count, each package as a string <c>Id Version</c>; <c>int32</c> image count, each image
/// as a string name, an <c>int32</c> length and the bytes. The first image is the script (named <c>script</c>);
/// the others are its package and <c>#r</c> assemblies by simple name. docs/architecture.md repeats this.
/// </summary>
internal static class CacheEntry
{
    private static ReadOnlySpan<byte> Magic => "FRC2"u8;
    private const int HeaderLength = 4 + SHA256.HashSizeInBytes;
    private const string ScriptImageName = "script";

    public static byte[] Wrap(CachedScript script)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(script.Packages.Count);
            foreach (var package in script.Packages)
                writer.Write(package);
            writer.Write(script.Libraries.Count + 1);
            foreach (var (name, image) in script.Libraries.Prepend(new LibraryImage(ScriptImageName, script.Assembly)))
            {
                writer.Write(name);
                writer.Write(image.Length);
                writer.Write(image);
            }
        }
        var entry = new byte[HeaderLength + body.Length];
        Magic.CopyTo(entry);
        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(entry.AsSpan(HeaderLength));
        SHA256.HashData(entry.AsSpan(HeaderLength), entry.AsSpan(4, SHA256.HashSizeInBytes));
        return entry;
    }

    public static bool TryUnwrap(byte[] entry, out CachedScript script)
    {
        script = CachedScript.Alone([]);
        if (entry.Length <= HeaderLength || !entry.AsSpan(0, 4).SequenceEqual(Magic))
            return false;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(entry.AsSpan(HeaderLength), hash);
        if (!hash.SequenceEqual(entry.AsSpan(4, SHA256.HashSizeInBytes)))
            return false;
        try
        {
            script = Read(new BinaryReader(new MemoryStream(entry, HeaderLength, entry.Length - HeaderLength, writable: false), Encoding.UTF8));
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }

    private static CachedScript Read(BinaryReader reader)
    {
        var packages = new string[reader.ReadInt32()];
        for (var i = 0; i < packages.Length; i++)
            packages[i] = reader.ReadString();
        var images = new LibraryImage[reader.ReadInt32()];
        for (var i = 0; i < images.Length; i++)
            images[i] = new LibraryImage(reader.ReadString(), ReadImage(reader));
        if (images.Length == 0 || images[0].Name != ScriptImageName)
            throw new EndOfStreamException("no script image");
        return new CachedScript(images[0].Image, images[1..], packages);
    }

    private static byte[] ReadImage(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        var image = length >= 0 ? reader.ReadBytes(length) : [];
        return image.Length == length ? image : throw new EndOfStreamException("truncated image");
    }
}
