using System.Text.Json.Nodes;

namespace CoalitionBot.Cards.Summaries;

/// <summary>
/// Everything a summary card shows, already in the lead's language (the cards library has no texts of
/// its own): a title, a line of introduction, sections of facts and lists, and buttons. Text supports
/// the Markdown subset of Adaptive Cards.
/// </summary>
public sealed record SummaryCardContent
{
    public required string Title { get; init; }
    public string? Intro { get; init; }
    public required IReadOnlyList<SummarySection> Sections { get; init; }
    public required string Language { get; init; }
}

/// <summary>One block of a summary: a heading, label/value facts, a bulleted list, a note, and buttons.</summary>
public sealed record SummarySection(string Heading)
{
    public string? Text { get; init; }
    public IReadOnlyList<Fact> Facts { get; init; } = [];
    /// <summary>Shown as a Markdown list, one line each.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
    public string? Note { get; init; }
    /// <summary>A chart, usually a data: URI of a small PNG.</summary>
    public SummaryImage? Image { get; init; }
    public IReadOnlyList<SummaryButton> Buttons { get; init; } = [];
}

/// <summary>An Action.Submit button; <see cref="Data"/> is what Teams sends back when it is clicked.</summary>
public sealed record SummaryButton(string Title, JsonObject Data);

/// <summary>An image in a section; <see cref="AltText"/> is what a screen reader says.</summary>
public sealed record SummaryImage(string Url, string AltText);
