using CoalitionBot.Leadership;

namespace CoalitionBot.Summaries;

/// <summary>How many members lean to each style, as bars; the style or styles the coalition needs now stand out in another colour.</summary>
public static class StyleChart
{
    public static byte[] Png(IReadOnlyDictionary<LeadershipStyle, int> counts, IReadOnlyCollection<LeadershipStyle> needed)
    {
        var plot = ChartImage.NewPlot();
        var styles = counts.Keys.Order().ToList();
        plot.Add.Bars(styles.Select((style, i) => new ScottPlot.Bar
        {
            Position = i,
            Value = counts[style],
            FillColor = needed.Contains(style) ? ChartImage.Palette[1] : ChartImage.Palette[0],
        }).ToList());
        ChartImage.LabelBottom(plot, styles.Select(LeadershipResultView.NameOf));
        plot.Axes.SetLimitsY(0, Math.Max(1, counts.Values.Max()) + 0.5);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        return ChartImage.Png(plot);
    }

    // The styles' names (in the current language), their counts, and which ones stand out.
    public static string DataUri(IReadOnlyDictionary<LeadershipStyle, int> counts, IReadOnlyCollection<LeadershipStyle> needed) => ChartImage.CachedDataUri(
        $"styles|{string.Join(',', needed.Order())}|" + string.Join('|', counts.OrderBy(c => c.Key).Select(c => $"{LeadershipResultView.NameOf(c.Key)}={c.Value}")),
        () => Png(counts, needed));
}
