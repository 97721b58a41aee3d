namespace CoalitionBot.Cards;

/// <summary>A paragraph made of differently formatted runs of text.</summary>
public sealed record RichTextBlock : CardElement
{
    public required IReadOnlyList<TextRun> Inlines { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public BlockElementHeight? Height { get; init; }
}
