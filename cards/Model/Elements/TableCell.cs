namespace CoalitionBot.Cards;

/// <summary>A cell of a <see cref="TableRow"/>; holds elements, usually one TextBlock.</summary>
public sealed record TableCell
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    public required IReadOnlyList<CardElement> Items { get; init; }

    public ContainerStyle? Style { get; init; }

    public VerticalAlignment? VerticalContentAlignment { get; init; }

    public bool? Bleed { get; init; }

    public CardAction? SelectAction { get; init; }

    /// <summary>A cell holding one wrapping TextBlock, the common case in summaries.</summary>
    public static TableCell WithText(string text, FontWeight? weight = null) =>
        new() { Items = [new TextBlock { Text = text, Wrap = true, Weight = weight }] };
}
