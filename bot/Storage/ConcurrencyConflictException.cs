namespace CoalitionBot.Storage;

/// <summary>A conditional write or delete lost a race: someone else changed (or created) the document first.</summary>
public sealed class ConcurrencyConflictException(string key, Exception? inner = null)
    : Exception($"The document '{key}' was changed by someone else (or already exists).", inner)
{
    public string Key { get; } = key;
}
