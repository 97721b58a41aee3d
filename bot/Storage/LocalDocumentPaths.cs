namespace CoalitionBot.Storage;

/// <summary>
/// Maps keys to files: each segment but the last is a folder, the last is "&lt;segment&gt;.json".
/// So "polls/7" and "polls/7/answers/u1" live side by side as "polls/7.json" and "polls/7/answers/u1.json".
/// </summary>
/// <remarks>
/// On case-insensitive file systems (Windows, macOS by default) keys that differ only in case share a file;
/// this backend is for development, where that does not happen in practice.
/// </remarks>
internal sealed class LocalDocumentPaths(string rootPath)
{
    public string RootPath { get; } = Path.GetFullPath(rootPath);

    public string FileOf(string key)
    {
        DocumentKeyRules.ValidateKey(key);
        return Path.Combine(RootPath, key.Replace('/', Path.DirectorySeparatorChar) + DocumentKeyRules.DocumentFileSuffix);
    }

    /// <summary>Keys under <paramref name="prefix"/> in ordinal order (the order Azure lists blob names in).</summary>
    public List<string> KeysStartingWith(string prefix)
    {
        DocumentKeyRules.ValidatePrefix(prefix);
        // Only the folder of the prefix's whole segments needs walking; the partial segment is filtered below.
        var lastSlash = prefix.LastIndexOf('/');
        var folder = lastSlash < 0 ? RootPath : Path.Combine(RootPath, prefix[..lastSlash].Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(folder)) return [];

        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
        var keys = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", walk))
        {
            // Temporary files of interrupted writes and lock files do not end in ".json" and are never keys.
            if (!file.EndsWith(DocumentKeyRules.DocumentFileSuffix, StringComparison.Ordinal)) continue;
            var key = Path.GetRelativePath(RootPath, file)[..^DocumentKeyRules.DocumentFileSuffix.Length].Replace(Path.DirectorySeparatorChar, '/');
            // Files someone else put in the folder may not be valid keys; they are not documents of ours.
            if (key.StartsWith(prefix, StringComparison.Ordinal) && DocumentKeyRules.IsValidKey(key)) keys.Add(key);
        }
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
