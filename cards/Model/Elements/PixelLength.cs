namespace CoalitionBot.Cards;

/// <summary>A length in pixels, written as the schema's <c>"120px"</c> string.</summary>
[JsonConverter(typeof(PixelLengthConverter))]
public readonly record struct PixelLength
{
    public PixelLength(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        Pixels = pixels;
    }

    public int Pixels { get; }

    public override string ToString() => $"{Pixels}px";
}
