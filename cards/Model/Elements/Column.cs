namespace CoalitionBot.Cards;

/// <summary>One column of a <see cref="ColumnSet"/>. Not a body element, so it has no height.</summary>
public sealed record Column
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public IReadOnlyList<CardElement> Items { get; init; } = [];

    /// <summary><see cref="ColumnWidth.Auto"/>, <see cref="ColumnWidth.Stretch"/>, a weight or pixels.</summary>
    public ColumnWidth? Width { get; init; }

    public string? Id { get; init; }

    public bool? IsVisible { get; init; }

    public Spacing? Spacing { get; init; }

    public bool? Separator { get; init; }

    public ContainerStyle? Style { get; init; }

    public bool? Bleed { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public CardAction? SelectAction { get; init; }
}
