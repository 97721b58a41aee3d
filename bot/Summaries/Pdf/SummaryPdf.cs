using CoalitionBot.Cards;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CoalitionBot.Summaries.Pdf;

/// <summary>
/// A summary on one A4 page, for whoever reads on paper (the alderman, the GPs, an outside evaluator). It prints the
/// summary's cards as they are, so it holds exactly what the card shows and nothing else: text, facts and charts;
/// buttons and inputs are left out. Everything is made smaller until it fits; what still does not fit is left off,
/// with a line saying so.
/// </summary>
public static class SummaryPdf
{
    private const double Margin = 40, ImageWidth = 230, ColumnGap = 14;
    private static readonly double[] Scales = [1, 0.92, 0.85, 0.78, 0.72, 0.66];

    /// <param name="cards">The summary's cards in order; a continuation card's own title ("(vervolg, 2 van 3)") is left out.</param>
    /// <param name="header">A line above the summary: whose and when.</param>
    /// <param name="cutShort">The line that says the page could not hold everything.</param>
    public static byte[] Render(IReadOnlyList<AdaptiveCard> cards, string title, string header, string cutShort, DateTimeOffset made)
    {
        PdfFont.Register();
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "CoalitionBot";
        document.Info.CreationDate = made.UtcDateTime;
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        var headerArea = new XRect(Margin, Margin - 16, page.Width.Point - 2 * Margin, 12);
        var area = new XRect(Margin, Margin, page.Width.Point - 2 * Margin, page.Height.Point - 2 * Margin);

        using (var measure = XGraphics.CreateMeasureContext(new XSize(page.Width.Point, page.Height.Point), XGraphicsUnit.Point, XPageDirection.Downwards))
        {
            // The largest type that holds the whole summary, else the smallest.
            var fitting = Scales.Cast<double?>().FirstOrDefault(s => Fits(measure, area, s!.Value, cards));
            var (scale, fitsWhole) = (fitting ?? Scales[^1], fitting is not null);
            using var graphics = XGraphics.FromPdfPage(page);
            var writer = new PdfPageWriter(graphics, area, scale, draw: true);
            writer.Fixed(header, PdfTextStyle.Small, headerArea.Left, headerArea.Top);
            // Room at the bottom for the line that says something was left off.
            var body = fitsWhole ? writer : new PdfPageWriter(graphics, area with { Height = area.Height - 14 }, scale, draw: true);
            Write(body, cards);
            if (!fitsWhole) writer.Fixed(cutShort, PdfTextStyle.Small, area.Left, area.Bottom - 10);
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static bool Fits(XGraphics measure, XRect area, double scale, IReadOnlyList<AdaptiveCard> cards)
    {
        var writer = new PdfPageWriter(measure, area, scale, draw: false);
        Write(writer, cards);
        return !writer.Overflowed;
    }

    private static void Write(PdfPageWriter writer, IReadOnlyList<AdaptiveCard> cards)
    {
        // Every summary card starts with its title; a card after the first is the same summary continued, and its title
        // would only repeat the first.
        if (cards.FirstOrDefault()?.Body.FirstOrDefault() is TextBlock title) writer.Markdown(title.Text, PdfTextStyle.Title, writer.Area.Left, writer.Area.Width);
        foreach (var element in cards.SelectMany(card => card.Body.Skip(1))) Element(writer, element, writer.Area.Left, writer.Area.Width);
    }

    private static void Element(PdfPageWriter writer, CardElement element, double left, double width)
    {
        if (element.IsVisible == false) return;
        switch (element)
        {
            case TextBlock text:
                writer.Markdown(text.Text, StyleOf(text), left, width);
                break;
            case FactSet facts:
                foreach (var fact in facts.Facts) writer.Fact(fact.Title, fact.Value, left, width);
                break;
            case Image image when ChartBytes(image.Url) is { } png:
                writer.Image(png, left, Math.Min(width, ImageWidth * writer.Scale));
                break;
            case Container container:
                Section(writer, container, left, width);
                break;
            case ColumnSet columns:
                foreach (var item in columns.Columns.SelectMany(c => c.Items)) Element(writer, item, left, width);
                break;
        }
    }

    /// <summary>A section: its heading across, then its text on the left and its chart beside it, as a page has room for.</summary>
    private static void Section(PdfPageWriter writer, Container container, double left, double width)
    {
        if (container.Separator == true)
        {
            writer.Gap(6);
            writer.Rule(left, width);
            writer.Gap(4);
        }
        var items = container.Items.Where(i => i.IsVisible != false).ToList();
        var heading = items.FirstOrDefault() is TextBlock { Style: TextBlockStyle.Heading } first ? first : null;
        if (heading is not null) Element(writer, heading, left, width);
        var images = items.OfType<Image>().ToList();
        var rest = items.Where(i => i != heading && i is not Image).ToList();
        if (images.Count == 0)
        {
            foreach (var item in rest) Element(writer, item, left, width);
            return;
        }

        var imageWidth = ImageWidth * writer.Scale;
        var textWidth = width - imageWidth - ColumnGap * writer.Scale;
        var top = writer.Y;
        foreach (var item in rest) Element(writer, item, left, textWidth);
        var textBottom = writer.Y;
        writer.Y = top;
        foreach (var image in images) Element(writer, image, left + width - imageWidth, imageWidth);
        writer.Y = Math.Max(writer.Y, textBottom);
    }

    private static PdfTextStyle StyleOf(TextBlock text) =>
        text.Style == TextBlockStyle.Heading ? PdfTextStyle.Heading
        : text.IsSubtle == true || text.Size == FontSize.Small ? PdfTextStyle.Small
        : PdfTextStyle.Body;

    /// <summary>The PNG of a chart the bot drew (a data: URI); an image elsewhere is never fetched.</summary>
    private static byte[]? ChartBytes(string url)
    {
        const string prefix = "data:image/png;base64,";
        if (!url.StartsWith(prefix, StringComparison.Ordinal)) return null;
        try
        {
            return Convert.FromBase64String(url[prefix.Length..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
