using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;

namespace CoalitionBot.Storage;

/// <summary>
/// Read-change-write of one document with ETag concurrency: when another writer got there first,
/// read again and re-apply the change. Writers in this process queue per key, so they do not
/// collide with each other; other instances of the bot are handled by the ETag.
/// A change that hands back the very instance it was given means "nothing to do": nothing is written.
/// </summary>
public sealed class DocumentUpdater(IDocumentStore store)
{
    private const int MaxAttempts = 20;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> keyLocks = new();

    /// <summary>Applies <paramref name="change"/> (given null when there is no document yet) and returns what is stored now.</summary>
    /// <remarks>The change may run more than once, so it must only compute, not act.</remarks>
    public async Task<T> UpdateAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T?, T> change, CancellationToken cancellationToken) where T : class =>
        (await ApplyAsync(key, typeInfo, change, cancellationToken)).Stored!;

    /// <summary>Changes the document only if there is one; true when the change altered (and so wrote) it.</summary>
    public async Task<bool> ChangeExistingAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T, T> change, CancellationToken cancellationToken) where T : class =>
        (await ApplyAsync(key, typeInfo, current => current is null ? null : change(current), cancellationToken)).Written;

    private async Task<(T? Stored, bool Written)> ApplyAsync<T>(string key, JsonTypeInfo<T> typeInfo, Func<T?, T?> change, CancellationToken cancellationToken) where T : class
    {
        var keyLock = keyLocks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await keyLock.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var current = await store.ReadJsonAsync(key, typeInfo, cancellationToken);
                var changed = change(current?.Value);
                if (changed is null || ReferenceEquals(changed, current?.Value)) return (current?.Value, false);
                try
                {
                    await store.WriteJsonAsync(key, changed, typeInfo, WriteCondition.For(current?.ETag), cancellationToken);
                    return (changed, true);
                }
                catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
                {
                    // Another instance wrote in between; back off a little, with jitter, and redo the change on its version.
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * Math.Min(attempt, 10))), cancellationToken);
                }
            }
        }
        finally
        {
            keyLock.Release();
        }
    }
}
