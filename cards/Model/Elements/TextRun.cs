namespace CoalitionBot.Cards;

/// <summary>A run of text inside a <see cref="RichTextBlock"/>; no Markdown, formatting comes from the properties.</summary>
public sealed record TextRun
{
    /// <summary>Renderers create inlines by type, so it is always written.</summary>
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public required string Text { get; init; }

    public FontSize? Size { get; init; }

    public FontWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public FontType? FontType { get; init; }

    public bool? Italic { get; init; }

    public bool? Strikethrough { get; init; }

    public bool? Underline { get; init; }

    public bool? Highlight { get; init; }

    public CardAction? SelectAction { get; init; }
}
