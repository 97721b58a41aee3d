namespace CoalitionBot.Cards;

/// <summary>
/// A PNG, JPEG or GIF image. <see cref="Url"/> may be a data: URI (1.2+), which is how charts rendered
/// by the bot are embedded; mind the card size limit.
/// </summary>
public sealed record Image : CardElement
{
    public required string Url { get; init; }

    /// <summary>Read by screen readers; describe what a chart shows, not that it is a chart.</summary>
    public string? AltText { get; init; }

    /// <summary>Host-chosen size; ignored when <see cref="Width"/> or <see cref="Height"/> is set.</summary>
    public ImageSize? Size { get; init; }

    public ImageStyle? Style { get; init; }

    /// <summary>Exact width, e.g. <c>new PixelLength(400)</c> → <c>"400px"</c>.</summary>
    public PixelLength? Width { get; init; }

    /// <summary>Exact height in pixels; the image is distorted if both width and height are set.</summary>
    public PixelLength? Height { get; init; }

    public HorizontalAlignment? HorizontalAlignment { get; init; }

    /// <summary>Background behind transparent images, e.g. "#FFFFFF" so a chart stays readable in dark mode.</summary>
    public string? BackgroundColor { get; init; }

    public CardAction? SelectAction { get; init; }
}
