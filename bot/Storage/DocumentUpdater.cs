using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace CoalitionBot.Storage;

/// <summary>
/// Read-change-write of one document with ETag concurrency: when another writer got there first,
/// read again and re-apply the change. Writers in this process queue per key, so they do not
/// collide with each other; other instances of the bot are handled by the ETag.
/// A change that hands back the very instance it was given means "nothing to do": nothing is written. A document a
/// newer bot wrote is not changed at all (<see cref="IVersionedDocument"/>).
/// The version this instance last read or wrote is remembered, so a change is written without reading
/// first (one storage call); if another instance has written since, the ETag refuses it and the change is
/// redone on a fresh read.
/// </summary>
public sealed class DocumentUpdater(IDocumentStore store, TimeProvider time)
{
    private const int MaxAttempts = 20;
    /// <summary>Enough for every coalition, partner and member list in use; the memory stays small.</summary>
    private const int MaxRemembered = 2_000;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> keyLocks = new();
    private readonly ConcurrentDictionary<string, KnownVersion> known = new();

    public DocumentUpdater(IDocumentStore store) : this(store, TimeProvider.System)
    {
    }

    /// <summary>Applies <paramref name="change"/> (given null when there is no document yet) and returns what is stored now.</summary>
    /// <remarks>The change may run more than once, so it must only compute, not act.</remarks>
    public async Task<T> UpdateAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T?, T> change, CancellationToken cancellationToken) where T : class =>
        (await ApplyAsync(key, typeInfo, change, cancellationToken)).Stored!;

    /// <summary>Changes the document only if there is one; true when the change altered (and so wrote) it.</summary>
    public async Task<bool> ChangeExistingAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T, T> change, CancellationToken cancellationToken) where T : class =>
        (await ApplyAsync(key, typeInfo, current => current is null ? null : change(current), cancellationToken)).Written;

    /// <summary>
    /// The document as this instance last saw it, when that was at most <paramref name="maxAge"/> ago; otherwise read.
    /// For documents read on most turns (a coalition, a member's coalitions): other instances' changes show within maxAge.
    /// </summary>
    public async Task<T?> ReadRecentAsync<T>(string key, JsonTypeInfo<T> typeInfo, TimeSpan maxAge, CancellationToken cancellationToken) where T : class
    {
        if (known.TryGetValue(key, out var version) && version.Value is T value && time.GetUtcNow() - version.SeenAt <= maxAge) return value;
        var document = await store.ReadJsonAsync(key, typeInfo, cancellationToken);
        Remember(key, document?.Value, document?.ETag);
        return document?.Value;
    }

    /// <summary>Drops what is remembered of a document that was removed without this updater.</summary>
    public void Forget(string key) => known.TryRemove(key, out _);

    /// <summary>
    /// Changes an existing document, or deletes it when the changed version is <paramref name="empty"/> (nothing worth
    /// keeping); true when it wrote or deleted. The delete is conditional too, so a concurrent writer's addition is never lost.
    /// For sweeps over many documents (the retention purge): what it reads is not remembered, so it neither fills the
    /// memory with documents nobody asks for nor pushes out the ones turns use.
    /// </summary>
    public async Task<bool> ChangeOrDeleteAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T, T> change, Func<T, bool> empty, CancellationToken cancellationToken) where T : class =>
        (await ApplyAsync(key, typeInfo, current => current is null ? null : change(current), cancellationToken, empty, remember: false)).Written;

    private async Task<(T? Stored, bool Written)> ApplyAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T?, T?> change, CancellationToken cancellationToken,
        Func<T, bool>? deleteWhen = null, bool remember = true) where T : class
    {
        var keyLock = keyLocks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await keyLock.WaitAsync(cancellationToken);
        try
        {
            var trustRemembered = true;
            for (var attempt = 1; ; attempt++)
            {
                var remembered = trustRemembered && known.TryGetValue(key, out var version) && version.Value is T value ? new Document<T>(value, version.ETag) : null;
                var current = remembered ?? await store.ReadJsonAsync(key, typeInfo, cancellationToken);
                NewerSchemaException.ThrowIfNewer(key, current?.Value);
                var changed = change(current?.Value);
                if (changed is null || ReferenceEquals(changed, current?.Value))
                {
                    // "Nothing to do" must hold for the stored version, not only for the remembered one.
                    if (remembered is not null) { trustRemembered = false; attempt--; continue; }
                    if (remember) Remember(key, current?.Value, current?.ETag);
                    return (current?.Value, false);
                }
                try
                {
                    if (current is not null && deleteWhen?.Invoke(changed) == true)
                    {
                        await store.DeleteAsync(key, current.ETag, cancellationToken);
                        Forget(key);
                        return (null, true);
                    }
                    var eTag = await store.WriteJsonAsync(key, changed, typeInfo, WriteCondition.For(current?.ETag), cancellationToken);
                    if (remember) Remember(key, changed, eTag);
                    else Forget(key); // whatever was remembered is out of date now
                    return (changed, true);
                }
                catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
                {
                    Forget(key);
                    trustRemembered = false;
                    // A remembered version that is out of date is no race: read and redo at once. Otherwise another
                    // instance wrote in between; back off a little, with jitter, and redo the change on its version.
                    if (remembered is null)
                        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * Math.Min(attempt, 10))), cancellationToken);
                }
            }
        }
        finally
        {
            keyLock.Release();
        }
    }

    private void Remember(string key, object? value, string? eTag)
    {
        if (value is null || eTag is null)
        {
            Forget(key);
            return;
        }
        if (known.Count >= MaxRemembered) known.Clear();
        known[key] = new KnownVersion(value, eTag, time.GetUtcNow());
    }

    /// <summary>A document's value as stored under an ETag, and when this instance last saw it so.</summary>
    private sealed record KnownVersion(object Value, string ETag, DateTimeOffset SeenAt);
}
