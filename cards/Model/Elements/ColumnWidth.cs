namespace CoalitionBot.Cards;

/// <summary>
/// Width of a <see cref="Column"/>: the schema allows <c>"auto"</c>, <c>"stretch"</c>, a relative weight
/// (a number) or pixels (<c>"50px"</c>), so it is written as either a string or a number.
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int? weight, int? pixels) => (Keyword, Weight, Pixels) = (keyword, weight, pixels);

    /// <summary>As wide as the content.</summary>
    public static ColumnWidth Auto { get; } = new("auto", null, null);

    /// <summary>Shares the remaining width with other stretch columns.</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", null, null);

    /// <summary>A share of the width relative to the other weighted columns.</summary>
    public static ColumnWidth Weighted(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new(null, weight, null);
    }

    public static ColumnWidth FixedPixels(int pixels) => new(null, null, new PixelLength(pixels).Pixels);

    /// <summary>"auto" or "stretch", otherwise null.</summary>
    public string? Keyword { get; }

    public int? Weight { get; }

    public int? Pixels { get; }

    public override string ToString() => Keyword ?? (Weight is { } w ? w.ToString() : $"{Pixels}px");
}
