namespace CoalitionBot.Cards;

/// <summary>A grid of cells (1.5). Wide tables scroll poorly on mobile; keep to a few columns.</summary>
public sealed record Table : CardElement
{
    /// <summary>One definition per column; the renderer shows no more cells per row than there are columns.</summary>
    public IReadOnlyList<TableColumnDefinition>? Columns { get; init; }

    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Defaults to true in the schema: the first row is styled and announced as the header.</summary>
    public bool? FirstRowAsHeader { get; init; }

    public bool? ShowGridLines { get; init; }

    public ContainerStyle? GridStyle { get; init; }

    public HorizontalAlignment? HorizontalCellContentAlignment { get; init; }

    public VerticalAlignment? VerticalCellContentAlignment { get; init; }

    public BlockElementHeight? Height { get; init; }
}
