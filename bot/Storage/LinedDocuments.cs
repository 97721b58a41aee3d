using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoalitionBot.Storage;

/// <summary>
/// A document that many members add to at the same moment (a check-in round at the end of a meeting, a partner everyone
/// describes), without making each other wait. An addition is appended as one JSON line to a line blob beside the
/// document (<see cref="ILineStore"/>: atomic, no ETag, never a conflict); the document names that blob and stays the
/// base for everything else. Reading folds the lines, in the order they were appended, into the document: the same
/// result as if every addition had rewritten the document one after another. Rare changes (close, erase, purge) lock the
/// line blob (appends then wait), fold its lines in, change the document under its ETag and delete the blob; the next
/// addition starts a new one. So a document is two blobs at most, and a line blob never nears Azure's 50,000 blocks.
/// A document without lines (one stored before lines existed) reads and changes as it always did.
/// </summary>
public sealed class LinedDocuments<TDocument, TLine>(
    IDocumentStore store,
    DocumentUpdater updater,
    JsonTypeInfo<TDocument> documentType,
    JsonTypeInfo<TLine> lineType,
    Func<TDocument, TLine, TDocument> fold)
    where TDocument : class, ILinedDocument<TDocument>
{
    /// <summary>Appends past these fold the lines into the document: reading stays cheap and a blob far from its limit.</summary>
    public const int CompactAtBlocks = 1_000;
    public const long CompactAtBytes = 1024 * 1024;

    private const int MaxAttempts = 50;
    /// <summary>Longer than any fold takes (a few calls of at most a few seconds each), so appends never slip in behind one.</summary>
    private static readonly TimeSpan LockFor = LeaseRules.MaxDuration;
    /// <summary>
    /// How long an append may go by a remembered document. A stale one finds its line blob gone or locked, except after a
    /// fold that died between writing the document and deleting the blob: that blob stays, locked for <see cref="LockFor"/>
    /// and then open again. A document remembered for less than the lock lasts, minus the longest a fold takes (a few
    /// calls of at most about 7 seconds each with the default Storage:NetworkTimeout), never outlives that lock, so no
    /// answer goes into a blob nobody reads.
    /// </summary>
    private static readonly TimeSpan RememberFor = TimeSpan.FromSeconds(30);

    private readonly ILineStore? lines = store is MeteredDocumentStore metered ? metered.Lines is null ? null : metered : store as ILineStore;

    public static string LinesKey(string key, string lines) => $"{key}/lines/{lines}";

    /// <summary>The document with its lines folded in; null when there is none. Two reads at most (a fold in between: a few).</summary>
    public async Task<TDocument?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        string? missingUnder = null;
        while (true)
        {
            var document = await store.ReadJsonAsync(key, documentType, cancellationToken);
            if (document?.Value.Lines is not { } id || lines is null) return document?.Value;
            var content = await store.ReadAsync(LinesKey(key, id), cancellationToken);
            if (content is not null) return Fold(document.Value, content.Content);
            // Folded in and deleted between the two reads: read again. Gone twice under one version: nothing more to fold.
            if (missingUnder == document.ETag) return document.Value;
            missingUnder = document.ETag;
        }
    }

    /// <summary>
    /// Appends <paramref name="line"/>; <paramref name="baseFor"/> gives the document it goes on (from the stored one, or
    /// a new one when none is stored) and may refuse by throwing (a closed round). Never conflicts with other appends.
    /// </summary>
    public async Task AppendAsync(string key, TLine line, Func<TDocument?, TDocument> baseFor, CancellationToken cancellationToken)
    {
        if (lines is null)
        {
            await updater.UpdateAsync(key, documentType, stored => fold(baseFor(stored), line), cancellationToken);
            return;
        }
        var bytes = LineBytes(line);
        string? missing = null;
        for (var attempt = 1; ; attempt++)
        {
            var stored = await updater.ReadRecentAsync(key, documentType, RememberFor, cancellationToken);
            NewerSchemaException.ThrowIfNewer(key, stored);
            var document = baseFor(stored);
            var id = document.Lines ?? await StartLinesAsync(key, baseFor, cancellationToken);
            // Read afresh, the document still names the blob found gone: it was removed as an orphan before the document
            // named it (RemoveOrphanedLinesAsync), so it held nothing. Made again, it takes the answer.
            if (id == missing) await lines.CreateLinesAsync(LinesKey(key, id), cancellationToken);
            var appended = await lines.AppendLineAsync(LinesKey(key, id), bytes, cancellationToken);
            missing = appended.Status == AppendStatus.Missing ? id : null;
            if (appended.Status == AppendStatus.Appended)
            {
                if (appended.Blocks >= CompactAtBlocks || appended.Length >= CompactAtBytes) await TryCompactAsync(key, cancellationToken);
                return;
            }
            // Folded in (gone) or being folded in (locked): the document has changed, perhaps closed. Read it again.
            updater.Forget(key);
            if (attempt == MaxAttempts) throw new StorageUnavailableException($"The lines of '{key}' stayed locked.");
            if (appended.Status == AppendStatus.Locked)
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 10 * Math.Min(attempt, 10))), cancellationToken);
        }
    }

    /// <summary>
    /// Folds the lines in and applies <paramref name="change"/> to the document under its ETag, or deletes it when
    /// <paramref name="deleteWhen"/> says the changed one is empty; the line blob goes. Nothing is written (and the
    /// lines stay) when the change hands back what it was given. Null and false when there is no document.
    /// </summary>
    /// <remarks>The change may run more than once, so it must only compute, not act.</remarks>
    public async Task<(TDocument? Stored, bool Written)> RewriteAsync(string key, Func<TDocument, TDocument> change, Func<TDocument, bool>? deleteWhen, CancellationToken cancellationToken,
        bool evenUnchanged = false)
    {
        if (lines is null)
        {
            TDocument? result = null;
            var written = deleteWhen is null
                ? await updater.ChangeExistingAsync(key, documentType, d => result = change(d), cancellationToken)
                : await updater.ChangeOrDeleteAsync(key, documentType, d => result = change(d), deleteWhen, cancellationToken);
            return (written && deleteWhen?.Invoke(result!) == true ? null : result, written);
        }
        string? gone = null;
        for (var attempt = 1; ; attempt++)
        {
            var document = await store.ReadJsonAsync(key, documentType, cancellationToken);
            if (document is null) return (null, false);
            NewerSchemaException.ThrowIfNewer(key, document.Value);
            var folded = document.Value;
            var linesKey = document.Value.Lines is { } id ? LinesKey(key, id) : null;
            var lockId = Guid.NewGuid().ToString();
            if (linesKey is not null)
            {
                if (!await lines.TryLockLinesAsync(linesKey, lockId, LockFor, cancellationToken))
                {
                    // Gone: folded in by another (the document, read again, names it no longer), or gone while the document
                    // still names it (see AppendAsync): then made again empty, to be locked at the next try.
                    if (await store.ReadAsync(linesKey, cancellationToken) is null)
                    {
                        if (linesKey == gone) await lines.CreateLinesAsync(linesKey, cancellationToken);
                        gone = linesKey;
                        continue;
                    }
                    // Someone else is folding them in (or has, and deleted them): wait for the document they write.
                    if (evenUnchanged) return (null, false); // a compaction under way is as good as ours
                    if (attempt == MaxAttempts) throw new ConcurrencyConflictException(key);
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 10 * Math.Min(attempt, 10))), cancellationToken);
                    continue;
                }
                var content = await store.ReadAsync(linesKey, cancellationToken);
                if (content is not null) folded = Fold(folded, content.Content);
            }
            var changed = change(folded);
            if (ReferenceEquals(changed, folded) && !(evenUnchanged && linesKey is not null))
            {
                if (linesKey is not null) await lines.UnlockLinesAsync(linesKey, lockId, cancellationToken);
                return (folded, false);
            }
            try
            {
                if (deleteWhen?.Invoke(changed) == true) await store.DeleteAsync(key, document.ETag, cancellationToken);
                else await store.WriteJsonAsync(key, changed.WithLines(null), documentType, WriteCondition.IfMatch(document.ETag), cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                if (linesKey is not null) await lines.UnlockLinesAsync(linesKey, lockId, cancellationToken);
                continue;
            }
            finally
            {
                updater.Forget(key);
            }
            // The document holds the lines now; appends still waiting on the lock find the blob gone and start a new one.
            if (linesKey is not null) await lines.DeleteLinesAsync(linesKey, lockId, cancellationToken);
            return (deleteWhen?.Invoke(changed) == true ? null : changed.WithLines(null), true);
        }
    }

    /// <summary>
    /// The retention purge of one document: <paramref name="purge"/> takes out what is too old (the document goes when
    /// nothing is left), then the line blobs it no longer names go too (<see cref="RemoveOrphanedLinesAsync"/>).
    /// How many answers went, as <paramref name="count"/> counts them.
    /// </summary>
    public async Task<int> PurgeAsync(string key, Func<TDocument, TDocument> purge, Func<TDocument, int> count, CancellationToken cancellationToken)
    {
        var removed = 0;
        await RewriteAsync(key, document =>
        {
            var kept = purge(document);
            removed = count(document) - count(kept); // the change may run again after a conflict: the last run counts
            return kept;
        }, kept => count(kept) == 0, cancellationToken);
        await RemoveOrphanedLinesAsync(key, cancellationToken);
        return removed;
    }

    /// <summary>
    /// Deletes the line blobs beside the document that it does not name: left by a fold that died between writing the
    /// document and deleting them (they may hold answers erased since), or by a start that lost its race. Their lines are
    /// in the document already, or never counted. One still locked by a fold under way is left to that fold.
    /// </summary>
    private async Task RemoveOrphanedLinesAsync(string key, CancellationToken cancellationToken)
    {
        if (lines is null) return;
        var prefix = LinesKey(key, "");
        var found = await store.ListKeysAsync(prefix, cancellationToken).ToListAsync(cancellationToken);
        if (found.Count == 0) return;
        var named = (await store.ReadJsonAsync(key, documentType, cancellationToken))?.Value.Lines;
        foreach (var orphan in found.Where(k => k[prefix.Length..] != named))
        {
            try
            {
                await lines.DeleteLinesAsync(orphan, null, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
            }
        }
    }

    /// <summary>Folds the lines into the document (as the next rare change would), so the line blob starts again empty.</summary>
    public Task CompactAsync(string key, CancellationToken cancellationToken) =>
        RewriteAsync(key, document => document, null, cancellationToken, evenUnchanged: true);

    /// <summary>A compaction after an append: the answer is saved already, so a failure here is only tried again later.</summary>
    private async Task TryCompactAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await CompactAsync(key, cancellationToken);
        }
        catch (Exception e) when (e is StorageUnavailableException or ConcurrencyConflictException)
        {
        }
    }

    /// <summary>
    /// Gives the document a line blob: made first, then named in the document under its ETag (made from
    /// <paramref name="baseFor"/> when none is stored). When another got there first, theirs is used and ours goes.
    /// </summary>
    private async Task<string> StartLinesAsync(string key, Func<TDocument?, TDocument> baseFor, CancellationToken cancellationToken)
    {
        var ours = Guid.NewGuid().ToString("N");
        await lines!.CreateLinesAsync(LinesKey(key, ours), cancellationToken);
        var stored = await updater.UpdateAsync(key, documentType, current => current?.Lines is not null ? current : baseFor(current).WithLines(ours), cancellationToken);
        if (stored.Lines != ours) await lines.DeleteLinesAsync(LinesKey(key, ours), null, cancellationToken);
        return stored.Lines!;
    }

    private TDocument Fold(TDocument document, ReadOnlyMemory<byte> content)
    {
        var rest = content.Span;
        while (rest.IndexOf((byte)'\n') is var end and >= 0)
        {
            // A line is whole once its newline is there (a local append may be read half written).
            if (Line(rest[..end]) is { } line) document = fold(document, line);
            rest = rest[(end + 1)..];
        }
        return document;
    }

    /// <summary>One line; a line that does not parse is left out rather than hiding every other answer.</summary>
    private TLine? Line(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty) return default;
        try
        {
            return JsonSerializer.Deserialize(json, lineType);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private byte[] LineBytes(TLine line)
    {
        // JSON written by the serializer escapes control characters, so it never holds a raw newline.
        var json = JsonSerializer.SerializeToUtf8Bytes(line, lineType);
        var bytes = new byte[json.Length + 1];
        json.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        return bytes;
    }
}
