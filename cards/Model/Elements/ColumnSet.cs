namespace CoalitionBot.Cards;

/// <summary>Places columns side by side; Teams on mobile keeps them side by side, so keep them few.</summary>
public sealed record ColumnSet : CardElement
{
    public required IReadOnlyList<Column> Columns { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    public CardAction? SelectAction { get; init; }

    public BlockElementHeight? Height { get; init; }
}
