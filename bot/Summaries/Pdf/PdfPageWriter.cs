using PdfSharp.Drawing;

namespace CoalitionBot.Summaries.Pdf;

/// <summary>How a piece of text looks on paper, before scaling.</summary>
public sealed record PdfTextStyle(double Size, bool Bold = false, bool Subtle = false, bool Accent = false)
{
    public static readonly PdfTextStyle Title = new(16, Bold: true, Accent: true);
    public static readonly PdfTextStyle Heading = new(11.5, Bold: true, Accent: true);
    public static readonly PdfTextStyle Body = new(9);
    public static readonly PdfTextStyle Small = new(7.5, Subtle: true);
}

/// <summary>
/// Writes text, facts and images down one page from the top, wrapping words, at a scale that makes the whole summary
/// fit. Measuring and drawing are the same pass: with <c>draw</c> false it only finds out whether everything fits.
/// What would pass the page's bottom is left out and marks the page <see cref="Overflowed"/>.
/// </summary>
public sealed class PdfPageWriter(XGraphics graphics, XRect area, double scale, bool draw)
{
    private static readonly XColor Text = XColor.FromArgb(0x24, 0x24, 0x24), Subtle = XColor.FromArgb(0x61, 0x61, 0x61), Accent = XColor.FromArgb(0x44, 0x47, 0xA8), Line = XColor.FromArgb(0xD1, 0xD1, 0xD1);
    private readonly Dictionary<(double, XFontStyleEx), XFont> fonts = [];

    public double Y { get; set; } = area.Top;
    public bool Overflowed { get; private set; }
    public XRect Area => area;
    public double Scale => scale;

    /// <summary>Paragraphs of card Markdown; a line starting with "- " is a bullet with a hanging indent.</summary>
    public void Markdown(string markdown, PdfTextStyle style, double left, double width)
    {
        foreach (var line in markdown.Split('\n'))
        {
            var bullet = line.StartsWith("- ", StringComparison.Ordinal);
            var indent = bullet ? 10 * scale : 0;
            if (bullet && Fits(LineHeight(style))) Draw("•", FontOf(style, bold: false, italic: false), style, left, Y);
            Words(InlineMarkdown.Runs(bullet ? line[2..] : line), style, left + indent, width - indent);
        }
    }

    /// <summary>Label and value side by side, the label bold in a column of its own.</summary>
    public void Fact(string label, string value, double left, double width)
    {
        var labelWidth = width * 0.38;
        var top = Y;
        Words(InlineMarkdown.Runs(label), PdfTextStyle.Body with { Bold = true }, left, labelWidth - 6 * scale);
        var labelBottom = Y;
        Y = top;
        Words(InlineMarkdown.Runs(value), PdfTextStyle.Body, left + labelWidth, width - labelWidth);
        Y = Math.Max(Y, labelBottom);
    }

    /// <summary>A PNG as wide as <paramref name="width"/>, its proportions kept.</summary>
    public void Image(byte[] png, double left, double width)
    {
        using var image = XImage.FromStream(new MemoryStream(png));
        var height = width * image.PixelHeight / image.PixelWidth;
        if (!Fits(height)) return;
        if (draw) graphics.DrawImage(image, left, Y, width, height);
        Y += height;
    }

    public void Gap(double points) => Y += points * scale;

    public void Rule(double left, double width)
    {
        if (!Fits(1)) return;
        if (draw) graphics.DrawLine(new XPen(Line, 0.5), left, Y, left + width, Y);
    }

    /// <summary>One line of plain text at a fixed place (the header and footer), never wrapped or scaled away.</summary>
    public void Fixed(string text, PdfTextStyle style, double left, double top)
    {
        if (draw) Draw(text, FontOf(style, style.Bold, italic: false), style, left, top);
    }

    private void Words(IReadOnlyList<TextRun> runs, PdfTextStyle style, double left, double width)
    {
        var lineHeight = LineHeight(style);
        var x = left;
        var lineStarted = false;
        foreach (var (word, font) in Tokens(runs, style))
        {
            var space = lineStarted ? SpaceWidth(font) : 0;
            var wordWidth = graphics.MeasureString(word, font).Width;
            if (lineStarted && x + space + wordWidth > left + width)
            {
                Y += lineHeight;
                x = left;
                space = 0;
            }
            foreach (var piece in Pieces(word, font, wordWidth, width))
            {
                if (x > left && piece != word)
                {
                    Y += lineHeight;
                    x = left;
                    space = 0;
                }
                if (Fits(lineHeight)) Draw(piece, font, style, x + space, Y);
                x += space + graphics.MeasureString(piece, font).Width;
                space = 0;
            }
            lineStarted = true;
        }
        Y += lineHeight;
    }

    /// <summary>Each word with the font of its run; a run's spaces separate words, a run boundary inside a word does not.</summary>
    private IEnumerable<(string Word, XFont Font)> Tokens(IReadOnlyList<TextRun> runs, PdfTextStyle style) =>
        runs.SelectMany(run => run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => (word, FontOf(style, style.Bold || run.Bold, run.Italic))));

    /// <summary>A word wider than the column (a long link) broken where it must; others whole.</summary>
    private IEnumerable<string> Pieces(string word, XFont font, double wordWidth, double width)
    {
        if (wordWidth <= width)
        {
            yield return word;
            yield break;
        }
        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end < word.Length && graphics.MeasureString(word[start..(end + 1)], font).Width <= width) continue;
            yield return word[start..end];
            start = end;
        }
    }

    private bool Fits(double height)
    {
        if (Y + height <= area.Bottom) return true;
        Overflowed = true;
        return false;
    }

    private void Draw(string text, XFont font, PdfTextStyle style, double x, double y)
    {
        if (!draw) return;
        var color = style.Accent ? Accent : style.Subtle ? Subtle : Text;
        graphics.DrawString(text, font, new XSolidBrush(color), new XRect(x, y, area.Width, LineHeight(style)), XStringFormats.TopLeft);
    }

    private double LineHeight(PdfTextStyle style) => style.Size * scale * 1.3;

    private double SpaceWidth(XFont font) => graphics.MeasureString("a a", font).Width - graphics.MeasureString("aa", font).Width;

    private XFont FontOf(PdfTextStyle style, bool bold, bool italic)
    {
        var fontStyle = (bold, italic) switch
        {
            (true, true) => XFontStyleEx.BoldItalic,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            _ => XFontStyleEx.Regular,
        };
        var size = style.Size * scale;
        if (!fonts.TryGetValue((size, fontStyle), out var font)) fonts[(size, fontStyle)] = font = new XFont(PdfFont.Family, size, fontStyle);
        return font;
    }
}
