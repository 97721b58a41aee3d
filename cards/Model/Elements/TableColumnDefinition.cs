namespace CoalitionBot.Cards;

/// <summary>A column of a <see cref="Table"/>.</summary>
public sealed record TableColumnDefinition
{
    /// <summary>Relative weight (the schema's default is 1).</summary>
    public int? Width { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }

    /// <summary>A column with the given relative weight.</summary>
    public static TableColumnDefinition Weighted(int width) => new() { Width = width };
}
