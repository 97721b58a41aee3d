namespace CoalitionBot.Storage;

/// <summary>When a write may happen: always, only if nothing is stored yet, or only over a known version.</summary>
public readonly record struct WriteCondition
{
    private WriteCondition(WriteConditionKind kind, string? eTag) => (Kind, ETag) = (kind, eTag);

    public WriteConditionKind Kind { get; }
    public string? ETag { get; }

    public static WriteCondition Always => new(WriteConditionKind.Always, null);
    public static WriteCondition IfNotExists => new(WriteConditionKind.IfNotExists, null);
    public static WriteCondition IfMatch(string eTag) => new(WriteConditionKind.IfMatch, eTag ?? throw new ArgumentNullException(nameof(eTag)));

    /// <summary>Over <paramref name="eTag"/> when the caller read a version, else only if still absent.</summary>
    public static WriteCondition For(string? eTag) => eTag is null ? IfNotExists : IfMatch(eTag);
}

public enum WriteConditionKind
{
    Always,
    IfNotExists,
    IfMatch,
}
