namespace CoalitionBot.Storage;

/// <summary>
/// A stored document with a schema version. A newer bot may add to a document; this one refuses to rewrite what it does
/// not fully know (<see cref="NewerSchemaException"/>), so a rolling upgrade or a rollback loses nothing.
/// </summary>
public interface IVersionedDocument
{
    /// <summary>The version the document was written with.</summary>
    int SchemaVersion { get; }

    /// <summary>The newest version this bot knows (its type's CurrentSchemaVersion); not stored.</summary>
    int KnownSchemaVersion { get; }
}
