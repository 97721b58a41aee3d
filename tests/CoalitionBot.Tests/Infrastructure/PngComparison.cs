using SkiaSharp;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// Two PNGs compared by their pixels, not their bytes, with a little room for antialiasing: SkiaSharp's native builds for
/// other processors and systems may blend an edge a few levels differently or place a pixel of a hard line one step over.
/// </summary>
public static class PngComparison
{
    /// <summary>How far a colour channel (0-255) may be off before the pixel counts as differing: a blended edge, not a change.</summary>
    public const int ChannelTolerance = 32;

    /// <summary>
    /// How many pixels may differ beyond that: a stray pixel or two of a line drawn without antialiasing. Measured on the
    /// summaries' charts, a label with one letter changed differs in 25 to 50 pixels, a point moved by 0.02 in 200, another
    /// font in over a thousand; an added accent (4 pixels) can slip through, but the card's JSON carries the same names.
    /// </summary>
    public const int PixelsAllowed = 8;

    public static PngDifference Compare(byte[] expected, byte[] actual)
    {
        using var want = Decode(expected, nameof(expected));
        using var got = Decode(actual, nameof(actual));
        if (want.Width != got.Width || want.Height != got.Height)
            return new PngDifference(want.Width, want.Height, want.Width * want.Height, $"{got.Width}x{got.Height} instead of {want.Width}x{want.Height}");
        var (a, b) = (want.Pixels, got.Pixels);
        var differing = a.Zip(b).Count(p => Distance(p.First, p.Second) > ChannelTolerance);
        return new PngDifference(want.Width, want.Height, differing, null);
    }

    private static SKBitmap Decode(byte[] png, string which) =>
        SKBitmap.Decode(png) ?? throw new ArgumentException("Not an image SkiaSharp can decode.", which);

    private static int Distance(SKColor x, SKColor y) => new[]
        { Math.Abs(x.Red - y.Red), Math.Abs(x.Green - y.Green), Math.Abs(x.Blue - y.Blue), Math.Abs(x.Alpha - y.Alpha) }.Max();
}

/// <summary>How far apart two images are: the pixels beyond <see cref="PngComparison.ChannelTolerance"/>, or a different size.</summary>
public sealed record PngDifference(int Width, int Height, int DifferingPixels, string? OtherSize)
{
    public bool Alike => OtherSize is null && DifferingPixels <= PngComparison.PixelsAllowed;

    public override string ToString() => OtherSize is not null
        ? $"the image is {OtherSize}"
        : $"{DifferingPixels} of {Width * Height} pixels differ by more than {PngComparison.ChannelTolerance}/255 (at most {PngComparison.PixelsAllowed} may)";
}
