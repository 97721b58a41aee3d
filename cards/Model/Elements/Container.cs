namespace CoalitionBot.Cards;

/// <summary>Groups elements, e.g. to give them a shared background style or to toggle them together.</summary>
public sealed record Container : CardElement
{
    public required IReadOnlyList<CardElement> Items { get; init; }

    public ContainerStyle? Style { get; init; }

    /// <summary>Lets a styled background reach the card edges.</summary>
    public bool? Bleed { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    /// <summary>Action run when the container is tapped (not ShowCard).</summary>
    public CardAction? SelectAction { get; init; }

    public BlockElementHeight? Height { get; init; }
}
