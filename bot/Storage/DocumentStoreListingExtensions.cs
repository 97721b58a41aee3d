using System.Text.Json.Serialization.Metadata;

namespace CoalitionBot.Storage;

public static class DocumentStoreListingExtensions
{
    /// <summary>Reads at once when reading every document under a prefix: each read waits on the network, not the CPU.</summary>
    private const int ParallelReads = 8;

    /// <summary>Every document under <paramref name="prefix"/>, in key order, read a few at a time; one gone meanwhile is left out.</summary>
    public static async Task<IReadOnlyList<T>> ReadAllJsonAsync<T>(this IDocumentStore store, string prefix, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var keys = new List<string>();
        await foreach (var key in store.ListKeysAsync(prefix, cancellationToken)) keys.Add(key);
        var documents = new T?[keys.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = ParallelReads, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, keys.Count), options, async (i, token) => documents[i] = (await store.ReadJsonAsync(keys[i], typeInfo, token))?.Value);
        return [.. documents.OfType<T>()];
    }

    /// <summary>The (unescaped) last segments of the keys directly under <paramref name="folderKey"/>, e.g. the round ids under ".../checkins".</summary>
    public static async Task<IReadOnlyList<string>> ChildNamesAsync(this IDocumentStore store, string folderKey, CancellationToken cancellationToken)
    {
        var prefix = folderKey + "/";
        var names = new List<string>();
        await foreach (var key in store.ListKeysAsync(prefix, cancellationToken))
        {
            var rest = key[prefix.Length..];
            if (!rest.Contains('/')) names.Add(StorageKey.Unescape(rest));
        }
        return names;
    }
}
