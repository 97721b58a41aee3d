using System.Collections.Concurrent;
using System.Globalization;
using ScottPlot;

namespace CoalitionBot.Summaries;

/// <summary>
/// How the summaries' charts look and travel: 480x280 pixels (readable on a phone, where a card is about that wide),
/// Teams' accent colours, the shipped font (<see cref="ChartFont"/>) large enough, and a PNG embedded as a data: URI so the card needs no image host.
/// </summary>
public static class ChartImage
{
    public const int Width = 480, Height = 280;

    /// <summary>The Teams accent first, then colours that stay apart for colour-blind readers.</summary>
    public static readonly Color[] Palette =
        [Color.FromHex("#5B5FC7"), Color.FromHex("#E97548"), Color.FromHex("#2E8B57"), Color.FromHex("#C4314B"), Color.FromHex("#8A8886")];

    public static Plot NewPlot()
    {
        ChartFont.Register();
        var plot = new Plot();
        plot.Axes.Bottom.TickLabelStyle.FontSize = 13;
        plot.Axes.Left.TickLabelStyle.FontSize = 13;
        return plot;
    }

    public static byte[] Png(Plot plot, int width = Width, int height = Height) => plot.GetImageBytes(width, height, ImageFormat.Png);

    /// <summary>
    /// The chart as a PNG without an alpha channel and compressed harder: some 15% smaller, for a chart whose many labels
    /// (antialiased text compresses badly) would otherwise not leave room for the rest of its card.
    /// </summary>
    public static byte[] CompactPng(Plot plot, int width, int height)
    {
        using var surface = SkiaSharp.SKSurface.Create(new SkiaSharp.SKImageInfo(width, height, SkiaSharp.SKColorType.Rgba8888, SkiaSharp.SKAlphaType.Opaque))
            ?? throw new InvalidOperationException($"No drawing surface of {width}x{height} pixels.");
        plot.Render(surface);
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels() ?? throw new InvalidOperationException("The chart's pixels cannot be read.");
        using var png = pixels.Encode(new SkiaSharp.SKPngEncoderOptions(SkiaSharp.SKPngEncoderFilterFlags.AllFilters, zLibLevel: 9))
            ?? throw new InvalidOperationException("The chart cannot be encoded as a PNG.");
        return png.ToArray();
    }

    public static string DataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);

    private const int MaxKept = 64;
    private static readonly ConcurrentDictionary<string, string> Drawn = new(StringComparer.Ordinal);

    /// <summary>
    /// The chart as a data: URI, drawn only when no recent one showed the same: drawing costs more than the rest of a
    /// summary. <paramref name="shown"/> names the chart and everything it shows (labels in their language, values).
    /// </summary>
    public static string CachedDataUri(string shown, Func<byte[]> draw)
    {
        if (Drawn.TryGetValue(shown, out var uri)) return uri;
        uri = DataUri(draw());
        if (Drawn.Count >= MaxKept) Drawn.Clear();
        return Drawn[shown] = uri;
    }

    /// <summary>A value as the key of <see cref="CachedDataUri"/> writes it: exactly, in any culture.</summary>
    public static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Category names under the bars or points at 0, 1, 2, ...</summary>
    public static void LabelBottom(Plot plot, IEnumerable<string> labels)
    {
        var list = labels.ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, list.Count).Select(i => (double)i)], [.. list]);
    }
}
