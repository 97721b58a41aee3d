using System.Text.Json.Nodes;

namespace CoalitionBot.Cards.Forms;

/// <summary>
/// Everything a form card shows, in the user's language (the cards library has no texts of its own).
/// <see cref="SubmitData"/> travels back with the answers, e.g. which dialog and which form this is.
/// </summary>
public sealed record FormCardContent
{
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required IReadOnlyList<FormField> Fields { get; init; }
    public required string SubmitTitle { get; init; }
    public required JsonObject SubmitData { get; init; }
    /// <summary>Shown under a required input left empty (the client checks it before sending).</summary>
    public required string RequiredMessage { get; init; }
    /// <summary>A line above the fields when a submission was refused.</summary>
    public string? ErrorSummary { get; init; }
    /// <summary>An optional second button, e.g. "one question at a time", sending <see cref="SecondaryData"/>.</summary>
    public string? SecondaryTitle { get; init; }
    public JsonObject? SecondaryData { get; init; }
    public required string Language { get; init; }
}
