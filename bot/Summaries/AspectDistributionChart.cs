using CoalitionBot.CheckIns;
using ScottPlot;

namespace CoalitionBot.Summaries;

/// <summary>
/// How many gave each score, for every aspect whose distribution may be shown, in one small PNG: a row per aspect, the
/// scores 1-10 across, a bar per score given with its count above it. One image keeps the card small; aspects whose
/// distribution would give a score away are simply not in it (<see cref="ScoreDistribution.MayShow"/>).
/// </summary>
public static class AspectDistributionChart
{
    private const int RowHeight = 40, Margins = 70;

    /// <summary>The aspects it draws: those with a distribution that may be shown, in the order of the questions.</summary>
    public static IReadOnlyList<AspectSummary> Shown(IReadOnlyList<AspectSummary> aspects) => [.. aspects.Where(a => a.Distribution?.MayShow == true)];

    public static byte[] Png(IReadOnlyList<AspectSummary> aspects)
    {
        var shown = Shown(aspects);
        var plot = ChartImage.NewPlot();
        // One height for all rows, so a bar of 3 is as tall in every aspect.
        var highest = Math.Max(1, shown.SelectMany(a => a.Distribution!.Counts.Values).DefaultIfEmpty(1).Max());
        var bars = new List<Bar>();
        for (var row = 0; row < shown.Count; row++)
        {
            var baseline = shown.Count - 1 - row; // the first aspect on top, as in the list beside it
            foreach (var (score, count) in shown[row].Distribution!.Given)
            {
                var top = baseline + 0.6 * count / highest; // room above for the count
                bars.Add(new Bar { Position = score, ValueBase = baseline, Value = top, FillColor = ChartImage.Palette[0], LineWidth = 0, Size = 0.7 });
                var label = plot.Add.Text(count.ToString(System.Globalization.CultureInfo.InvariantCulture), score, top);
                label.LabelFontSize = 11;
                label.LabelAlignment = Alignment.LowerCenter;
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.SetLimits(0.4, 10.6, -0.1, shown.Count - 0.05);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(1, 10).Select(i => (double)i)], [.. Enumerable.Range(1, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, shown.Count).Select(i => shown.Count - 1 - i + 0.3)], [.. shown.Select(a => CheckInTexts.Name(a.Aspect))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        return ChartImage.Png(plot, ChartImage.Width, Math.Min(ChartImage.Height, Margins + RowHeight * shown.Count));
    }

    // The aspects' names (in the current language) and each shown count: nothing more is drawn.
    public static string DataUri(IReadOnlyList<AspectSummary> aspects) => ChartImage.CachedDataUri(
        "distribution|" + string.Join('|', Shown(aspects).Select(a => CheckInTexts.Name(a.Aspect) + "=" + string.Join(',', a.Distribution!.Given.Select(g => $"{g.Score}:{g.Count}")))),
        () => Png(aspects));
}
