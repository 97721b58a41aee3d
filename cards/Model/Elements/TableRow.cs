namespace CoalitionBot.Cards;

/// <summary>A row of a <see cref="Table"/>.</summary>
public sealed record TableRow
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public required IReadOnlyList<TableCell> Cells { get; init; }

    public ContainerStyle? Style { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }
}
