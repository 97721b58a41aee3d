using System.Text;

namespace CoalitionBot.Storage;

/// <summary>
/// One document on disk: a first line holding the ETag, then the content bytes. Keeping both in one file
/// means one rename replaces them together. Files are replaced, never edited, so a reader sees a whole version.
/// </summary>
internal static class LocalDocumentFile
{
    private const int MaxHeaderLength = 128;
    private const string TempSuffix = ".tmp";

    /// <summary>A quoted, random ETag like Azure's; random so that it changes on every write, even a rewrite of the same bytes.</summary>
    public static string NewETag() => $"\"{Guid.NewGuid():N}\"";

    /// <summary>True for a name a write leaves behind only when it crashed before its rename.</summary>
    public static bool IsTempFile(string path) => path.EndsWith(TempSuffix, StringComparison.Ordinal);

    public static async Task<StoredDocument?> ReadAsync(string path, string key, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            // FileShare.Delete lets a writer's rename replace the file while we read (Windows needs it; Unix always allows it).
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.Asynchronous);
            bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        var headerLength = HeaderLength(bytes, path);
        var eTag = Encoding.ASCII.GetString(bytes, 0, headerLength - 1);
        return new StoredDocument(key, bytes.AsMemory(headerLength), eTag);
    }

    /// <summary>The stored ETag, reading only the first line; null when there is no document.</summary>
    public static string? ReadETag(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            var buffer = new byte[MaxHeaderLength];
            var length = stream.ReadAtLeast(buffer, MaxHeaderLength, throwOnEndOfStream: false);
            var headerLength = HeaderLength(buffer.AsSpan(0, length), path);
            return Encoding.ASCII.GetString(buffer, 0, headerLength - 1);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes a temporary file next to <paramref name="path"/>, forces it to disk, then renames it over the
    /// document. A crash before the rename leaves the old version and a temporary file that is never read or listed.
    /// </summary>
    public static async Task WriteAsync(string path, string eTag, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        // Named by a GUID alone (not the document's name) so a long document name still fits the 255-byte limit.
        var tempPath = Path.Combine(folder, $"{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            await using (var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(eTag + "\n"), cancellationToken);
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            // Past this point the write happens: a caller's cancellation no longer applies.
            File.Move(tempPath, path, overwrite: true);
        }
        catch
        {
            TryDelete(tempPath);
            throw;
        }
    }

    /// <summary>Appends to the content of the document at <paramref name="path"/>, forced to disk; returns the content's length.</summary>
    public static async Task<long> AppendAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.Asynchronous);
        // An append cut off by a crash leaves a last line without its newline: end it, so it cannot spoil this one.
        stream.Seek(-1, SeekOrigin.End);
        var last = new byte[1];
        await stream.ReadExactlyAsync(last, cancellationToken);
        if (last[0] != (byte)'\n') await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await stream.WriteAsync(content, cancellationToken);
        stream.Flush(flushToDisk: true);
        return stream.Length - (ReadETag(path)?.Length + 1 ?? 0);
    }

    private static int HeaderLength(ReadOnlySpan<byte> bytes, string path)
    {
        var newline = bytes[..Math.Min(bytes.Length, MaxHeaderLength)].IndexOf((byte)'\n');
        if (newline < 2 || bytes[0] != (byte)'"')
            throw new InvalidDataException($"'{path}' is not a document file of the local store (no ETag line).");
        return newline + 1;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { } // A leftover temporary file is harmless: it is never read or listed.
        catch (UnauthorizedAccessException) { }
    }
}
