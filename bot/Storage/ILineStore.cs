namespace CoalitionBot.Storage;

/// <summary>
/// Blobs that only grow, one line at a time (Append Blobs in Azure, a file opened for appending locally). Many writers
/// append to one without ever conflicting: an append is atomic and needs no ETag. A line blob can be locked (a lease),
/// which makes every append fail until the holder deletes it or lets go: how a document that owns the lines folds them
/// in without losing one appended meanwhile. Read a line blob with <see cref="IDocumentStore.ReadAsync"/>.
/// </summary>
public interface ILineStore
{
    /// <summary>Creates an empty line blob; nothing happens when there is one already.</summary>
    Task CreateLinesAsync(string key, CancellationToken cancellationToken);

    /// <summary>Appends <paramref name="line"/> (one block, at most 4 MB) at the end, atomically.</summary>
    Task<AppendOutcome> AppendLineAsync(string key, ReadOnlyMemory<byte> line, CancellationToken cancellationToken);

    /// <summary>Locks the line blob for <paramref name="lockId"/> (a GUID) so appends fail; false when it is gone or someone else holds it.</summary>
    Task<bool> TryLockLinesAsync(string key, string lockId, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Lets go of the lock if <paramref name="lockId"/> holds it.</summary>
    Task UnlockLinesAsync(string key, string lockId, CancellationToken cancellationToken);

    /// <summary>Deletes the line blob, holding its lock (or, with null, one nobody holds); nothing happens when it is gone.</summary>
    Task DeleteLinesAsync(string key, string? lockId, CancellationToken cancellationToken);
}

/// <summary>What an append did: appended (and how big the blob is now), or not, because the blob is gone or locked.</summary>
public readonly record struct AppendOutcome(AppendStatus Status, long Length, int Blocks)
{
    public static AppendOutcome Appended(long length, int blocks) => new(AppendStatus.Appended, length, blocks);
    public static readonly AppendOutcome Missing = new(AppendStatus.Missing, 0, 0);
    public static readonly AppendOutcome Locked = new(AppendStatus.Locked, 0, 0);
}

public enum AppendStatus
{
    Appended,
    /// <summary>No line blob under that key (never made, or deleted after its lines were folded in).</summary>
    Missing,
    /// <summary>Someone holds its lock (its lines are being folded in).</summary>
    Locked,
}
