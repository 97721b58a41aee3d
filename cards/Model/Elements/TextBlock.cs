namespace CoalitionBot.Cards;

/// <summary>A paragraph of text; supports a Markdown subset (bold, italic, lists, links).</summary>
public sealed record TextBlock : CardElement
{
    public required string Text { get; init; }

    /// <summary>Without wrap, long text is cut off after one line; almost always set it to true.</summary>
    public bool? Wrap { get; init; }

    public FontSize? Size { get; init; }

    public FontWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    /// <summary>Dims the text, e.g. for explanations under a heading.</summary>
    public bool? IsSubtle { get; init; }

    public FontType? FontType { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public int? MaxLines { get; init; }

    /// <summary><see cref="TextBlockStyle.Heading"/> marks a heading for screen readers (1.5).</summary>
    public TextBlockStyle? Style { get; init; }

    public BlockElementHeight? Height { get; init; }
}
