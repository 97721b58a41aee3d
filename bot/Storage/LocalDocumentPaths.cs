namespace CoalitionBot.Storage;

/// <summary>
/// Maps keys to files: each segment but the last is a folder, the last is "&lt;segment&gt;.json".
/// So "polls/7" and "polls/7/answers/u1" live side by side as "polls/7.json" and "polls/7/answers/u1.json".
/// A folder segment that itself ends in ".json" gets a '~' appended on disk (StorageKey escapes '~', so no
/// key segment ends in one); otherwise folder "x.json" of key "x.json/y" would clash with the file of key "x".
/// </summary>
/// <remarks>
/// On case-insensitive file systems (Windows, macOS by default) keys that differ only in case share a file;
/// this backend is for development, where that does not happen in practice.
/// </remarks>
internal sealed class LocalDocumentPaths(string rootPath)
{
    private const string DocumentSuffix = ".json";
    private const char FolderMark = '~';

    public string RootPath { get; } = Path.GetFullPath(rootPath);

    public string FileOf(string key)
    {
        DocumentKeyRules.ValidateKey(key);
        var segments = key.Split('/');
        var names = segments[..^1].Select(FolderName).Append(segments[^1] + DocumentSuffix);
        return Path.Combine([RootPath, .. names]);
    }

    /// <summary>Keys under <paramref name="prefix"/> in ordinal order (the order Azure lists blob names in).</summary>
    public List<string> KeysStartingWith(string prefix)
    {
        DocumentKeyRules.ValidatePrefix(prefix);
        // Only the folder of the prefix's whole segments needs walking; the partial segment is filtered below.
        var wholeSegments = prefix.Split('/')[..^1];
        var folder = Path.Combine([RootPath, .. wholeSegments.Select(FolderName)]);
        if (!Directory.Exists(folder)) return [];

        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
        var keys = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", walk))
        {
            // Temporary files of interrupted writes and lock files do not end in ".json" and are never keys.
            if (!file.EndsWith(DocumentSuffix, StringComparison.Ordinal)) continue;
            var key = KeyOf(file);
            if (key is not null && key.StartsWith(prefix, StringComparison.Ordinal)) keys.Add(key);
        }
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }

    private static string FolderName(string segment) =>
        segment.EndsWith(DocumentSuffix, StringComparison.OrdinalIgnoreCase) ? segment + FolderMark : segment;

    /// <summary>The key whose file this is, or null for a file the store did not write (a stray file someone put there).</summary>
    private string? KeyOf(string file)
    {
        var names = Path.GetRelativePath(RootPath, file).Split(Path.DirectorySeparatorChar);
        var segments = names[..^1].Select(n => n.EndsWith(FolderMark) ? n[..^1] : n).Append(names[^1][..^DocumentSuffix.Length]);
        var key = string.Join('/', segments);
        return DocumentKeyRules.IsValidKey(key) && FileOf(key) == file ? key : null;
    }
}
