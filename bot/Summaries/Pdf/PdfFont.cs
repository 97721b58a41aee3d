using PdfSharp.Fonts;

namespace CoalitionBot.Summaries.Pdf;

/// <summary>
/// The PDF's one font: the DejaVu Sans the charts use (<see cref="ChartFont"/>), embedded as a subset. PDFsharp finds no
/// fonts of its own on Linux, and a machine's fonts would make the same summary look different per server.
/// Bold and italic are simulated from the regular face.
/// </summary>
public static class PdfFont
{
    public const string Family = ChartFont.Name;

    private static readonly Lazy<bool> Registered = new(() =>
    {
        GlobalFontSettings.FontResolver = new ShippedFontResolver(ChartFont.Bytes());
        return true;
    });

    /// <summary>Registers the resolver with PDFsharp, once per process and before the first text is measured.</summary>
    public static void Register() => _ = Registered.Value;

    private sealed class ShippedFontResolver(byte[] font) : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(Family, mustSimulateBold: bold, mustSimulateItalic: italic);

        public byte[] GetFont(string faceName) => font;
    }
}
