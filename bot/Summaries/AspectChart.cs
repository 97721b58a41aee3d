using System.Collections.Concurrent;
using System.Globalization;
using CoalitionBot.CheckIns;

namespace CoalitionBot.Summaries;

/// <summary>
/// The check-in means per aspect as a small PNG bar chart (480x280), embedded in the card as a data: URI:
/// a meeting sees the shape at a glance, and a small image keeps the card under the Teams limit.
/// Drawing one costs more than the rest of the summary, so the latest few are kept by what they show.
/// </summary>
public static class AspectChart
{
    private const int MaxKept = 64;
    private static readonly ConcurrentDictionary<string, string> Drawn = new(StringComparer.Ordinal);

    public static byte[] Png(IReadOnlyList<AspectSummary> aspects)
    {
        var plot = ChartImage.NewPlot();
        var bars = plot.Add.Bars(aspects.Select(a => a.Latest.Mean).ToArray());
        bars.Color = ChartImage.Palette[0];
        ChartImage.LabelBottom(plot, aspects.Select(a => CheckInTexts.Name(a.Aspect)));
        plot.Axes.SetLimitsY(0, 10); // the full scale, so a 6 does not look like a failure
        return ChartImage.Png(plot);
    }

    public static string DataUri(IReadOnlyList<AspectSummary> aspects)
    {
        // The image shows the aspects' names (in the current language) and their means, nothing else.
        var shown = string.Join('|', aspects.Select(a => CheckInTexts.Name(a.Aspect) + "=" + a.Latest.Mean.ToString("R", CultureInfo.InvariantCulture)));
        if (Drawn.TryGetValue(shown, out var uri)) return uri;
        uri = ChartImage.DataUri(Png(aspects));
        if (Drawn.Count >= MaxKept) Drawn.Clear();
        return Drawn[shown] = uri;
    }
}
