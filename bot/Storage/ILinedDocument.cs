namespace CoalitionBot.Storage;

/// <summary>
/// A document whose latest changes may be lines in a line blob beside it (<see cref="LinedDocuments{TDocument, TLine}"/>):
/// the document is the base, its lines come on top in the order they were appended.
/// </summary>
public interface ILinedDocument<out TSelf> where TSelf : class
{
    /// <summary>The id of the line blob whose lines come on top of this document; null when none does.</summary>
    string? Lines { get; }

    /// <summary>The same document with its lines in the blob <paramref name="lines"/> (null: none).</summary>
    TSelf WithLines(string? lines);
}
