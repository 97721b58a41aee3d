namespace CoalitionBot.Cards;

/// <summary>Label/value pairs in two columns; the usual way to show a summary.</summary>
public sealed record FactSet : CardElement
{
    public required IReadOnlyList<Fact> Facts { get; init; }

    public BlockElementHeight? Height { get; init; }
}
