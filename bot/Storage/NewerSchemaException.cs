namespace CoalitionBot.Storage;

/// <summary>A document written by a newer version of the bot, which this version will not rewrite.</summary>
public sealed class NewerSchemaException(string key, int found, int known)
    : InvalidOperationException($"The document '{key}' has schema version {found}; this version of the bot knows up to {known} and leaves it as it is.")
{
    /// <summary>Throws when <paramref name="document"/> is versioned and newer than this bot knows.</summary>
    public static void ThrowIfNewer(string key, object? document)
    {
        if (document is IVersionedDocument { } versioned && versioned.SchemaVersion > versioned.KnownSchemaVersion)
            throw new NewerSchemaException(key, versioned.SchemaVersion, versioned.KnownSchemaVersion);
    }
}
