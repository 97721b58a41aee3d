using ScottPlot;
using SkiaSharp;

namespace CoalitionBot.Summaries;

/// <summary>
/// The one font every chart is drawn with: DejaVu Sans, shipped inside the bot (Summaries/Fonts, with its licence).
/// SkiaSharp would otherwise take whichever font it finds first under /usr/share/fonts, so a chart looked different
/// on every machine, and App Service's Linux image may have no fonts at all.
/// </summary>
public static class ChartFont
{
    public const string Name = "DejaVu Sans";
    private const string Resource = "CoalitionBot.Summaries.Fonts.DejaVuSans.ttf";

    private static readonly Lazy<SKTypeface> Registered = new(RegisterWithScottPlot);

    /// <summary>The shipped typeface, registered with ScottPlot on first use.</summary>
    public static SKTypeface Typeface => Registered.Value;

    /// <summary>Registers the font with ScottPlot, once: at start-up, and before any plot is made (its labels take the default font).</summary>
    public static void Register() => _ = Registered.Value;

    private static SKTypeface RegisterWithScottPlot()
    {
        var typeface = Load();
        // ScottPlot resolves a label's font by name, through the machine's fonts; the shipped one now answers every
        // name and style (a bold axis title is drawn regular: one face is all a chart needs).
        Fonts.FontResolvers.Clear();
        Fonts.FontResolvers.Add(new ShippedFontResolver(typeface));
        Fonts.Default = Fonts.Sans = Fonts.Serif = Fonts.Monospace = Name;
        Fonts.DefaultFontStyle = typeface; // every label made from now on carries the typeface itself
        return typeface;
    }

    private static SKTypeface Load()
    {
        using var data = SKData.CreateCopy(Bytes());
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The chart font {Resource} cannot be read.");
    }

    /// <summary>The font file as embedded in the bot (the PDF summary embeds it too).</summary>
    public static byte[] Bytes()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The chart font {Resource} is not embedded in the bot.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private sealed class ShippedFontResolver(SKTypeface typeface) : IFontResolver
    {
        public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => typeface;

        public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => typeface;
    }
}
