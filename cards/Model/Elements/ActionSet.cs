namespace CoalitionBot.Cards;

/// <summary>Buttons inside the body, e.g. next to the section they act on.</summary>
public sealed record ActionSet : CardElement
{
    public required IReadOnlyList<CardAction> Actions { get; init; }

    public BlockElementHeight? Height { get; init; }
}
