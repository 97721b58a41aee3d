namespace CoalitionBot.Storage;

/// <summary>
/// Builds document keys from ids that contain characters such as ':', ';', '@', '=' and '/'
/// (Teams ids do). Each segment is percent-escaped so a key is safe as a blob name and as a file path.
/// </summary>
public static class StorageKey
{
    public static string Of(params string[] segments) => string.Join('/', segments.Select(Escape));

    public static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        var escaped = Uri.EscapeDataString(segment);
        // '.' and '..' would be path navigation on disk; '*' and '~' are escaped for Windows and shells.
        return escaped switch
        {
            "." => "%2E",
            ".." => "%2E%2E",
            _ => escaped.Replace("*", "%2A").Replace("~", "%7E"),
        };
    }

    public static string Unescape(string segment) => Uri.UnescapeDataString(segment);
}
