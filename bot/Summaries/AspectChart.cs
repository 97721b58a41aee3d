using CoalitionBot.CheckIns;

namespace CoalitionBot.Summaries;

/// <summary>
/// The check-in means per aspect as a small PNG bar chart (480x280), embedded in the card as a data: URI:
/// a meeting sees the shape at a glance, and a small image keeps the card under the Teams limit.
/// </summary>
public static class AspectChart
{
    public static byte[] Png(IReadOnlyList<AspectSummary> aspects)
    {
        var plot = ChartImage.NewPlot();
        var bars = plot.Add.Bars(aspects.Select(a => a.Latest.Mean).ToArray());
        bars.Color = ChartImage.Palette[0];
        ChartImage.LabelBottom(plot, aspects.Select(a => CheckInTexts.Name(a.Aspect)));
        plot.Axes.SetLimitsY(0, 10); // the full scale, so a 6 does not look like a failure
        return ChartImage.Png(plot);
    }

    // The image shows the aspects' names (in the current language) and their means, nothing else.
    public static string DataUri(IReadOnlyList<AspectSummary> aspects) => ChartImage.CachedDataUri(
        "aspects|" + string.Join('|', aspects.Select(a => CheckInTexts.Name(a.Aspect) + "=" + ChartImage.Exact(a.Latest.Mean))), () => Png(aspects));
}
