namespace CoalitionBot.Storage;

/// <summary>
/// Which keys and prefixes every backend accepts. Both backends enforce the same rules so a key that
/// works against the local folder also works against Azure, and the other way round.
/// </summary>
internal static class DocumentKeyRules
{
    /// <summary>Names on disk are limited to 255 bytes; this leaves room for the local store's ".json" suffix.</summary>
    public const int MaxSegmentLength = 250;

    /// <summary>Azure's limit on a blob name.</summary>
    public const int MaxKeyLength = 1024;

    public static void ValidateKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ProblemWithKey(key) is { } problem) throw Invalid(key, nameof(key), problem);
    }

    public static bool IsValidKey(string key) => ProblemWithKey(key) is null;

    /// <summary>A prefix is whole segments followed by the start of a segment (possibly empty).</summary>
    public static void ValidatePrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (ProblemWithPrefix(prefix) is { } problem) throw Invalid(prefix, nameof(prefix), problem);
    }

    private static string? ProblemWithKey(string key)
    {
        if (key.Length is 0 or > MaxKeyLength) return $"it must be 1 to {MaxKeyLength} characters long";
        var segments = key.Split('/');
        foreach (var segment in segments)
            if (ProblemWithSegment(segment) is { } problem) return problem;
        return null;
    }

    private static string? ProblemWithPrefix(string prefix)
    {
        if (prefix.Length > MaxKeyLength) return $"it is longer than {MaxKeyLength} characters";
        var segments = prefix.Split('/');
        for (var i = 0; i < segments.Length - 1; i++)
            if (ProblemWithSegment(segments[i]) is { } problem) return problem;
        var partial = segments[^1];
        if (partial.Length > MaxSegmentLength) return $"a segment is longer than {MaxSegmentLength} characters";
        if (!partial.All(IsKeyCharacter)) return "a segment has characters StorageKey would have escaped";
        return null;
    }

    private static string? ProblemWithSegment(string segment)
    {
        if (segment.Length == 0) return "it has an empty segment";
        if (segment is "." or "..") return "'.' and '..' are path navigation";
        if (segment.Length > MaxSegmentLength) return $"a segment is longer than {MaxSegmentLength} characters";
        // Unescaped ids (':' '/' '@' ...) are the usual bug; escaped segments hold only these characters.
        if (!segment.All(IsKeyCharacter)) return "a segment has characters StorageKey would have escaped";
        return null;
    }

    /// <summary>The characters <see cref="StorageKey.Escape"/> leaves as they are, plus the '%' of its escapes.</summary>
    private static bool IsKeyCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '%';

    // Keys hold ids, not personal answers, so they may appear in the message.
    private static ArgumentException Invalid(string key, string paramName, string problem) =>
        new($"'{key}' is not a valid storage key: {problem}. Build keys with StorageKey.Of.", paramName);
}
