namespace CoalitionBot.Storage;

public static class DocumentStoreListingExtensions
{
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
