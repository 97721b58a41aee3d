using CoalitionBot.CheckIns;

namespace CoalitionBot.Summaries;

/// <summary>
/// The mean per aspect over the last rounds (at most six) as lines, so a meeting sees where it is going. Plain lines
/// without smoothing or markers, a little smaller than the other charts: five smoothed lines would make a PNG too big for a card.
/// </summary>
public static class CheckInTrendChart
{
    public const int MaxRounds = 6;

    public static byte[] Png(IReadOnlyList<RoundMeans> rounds)
    {
        var plot = ChartImage.NewPlot();
        var xs = Enumerable.Range(0, rounds.Count).Select(i => (double)i).ToArray();
        // The common ground's aspects only where some round has them.
        foreach (var (aspect, i) in Enum.GetValues<CheckInAspect>().Where(a => rounds.Any(r => r.Means.ContainsKey(a))).Select((a, i) => (a, i)))
        {
            var line = plot.Add.Scatter(xs, [.. rounds.Select(r => r.Means.GetValueOrDefault(aspect, double.NaN))]);
            line.Color = ChartImage.Palette[i % ChartImage.Palette.Length];
            line.LineWidth = 2;
            line.LineStyle.AntiAlias = false;
            line.MarkerSize = 0;
            line.LegendText = CheckInTexts.Name(aspect);
        }
        ChartImage.LabelBottom(plot, rounds.Select(r => r.RoundId));
        plot.Axes.SetLimitsY(0, 10);
        plot.Axes.SetLimitsX(-0.3, rounds.Count - 0.7);
        plot.ShowLegend(ScottPlot.Alignment.LowerLeft); // scores are rarely below 4, so the lines stay clear of it
        plot.Legend.FontSize = 11;
        return ChartImage.Png(plot, 400, 240);
    }

    // The legend's aspect names (in the current language), and each round with its means.
    public static string DataUri(IReadOnlyList<RoundMeans> rounds) => ChartImage.CachedDataUri(
        "trend|" + string.Join('|', Enum.GetValues<CheckInAspect>().Select(CheckInTexts.Name)) + "|" + string.Join('|', rounds.Select(r =>
            r.RoundId + "=" + string.Join(',', Enum.GetValues<CheckInAspect>().Select(a => r.Means.TryGetValue(a, out var mean) ? ChartImage.Exact(mean) : "")))),
        () => Png(rounds));
}

/// <summary>One round's mean per aspect, from its published figures.</summary>
public sealed record RoundMeans(string RoundId, IReadOnlyDictionary<CheckInAspect, double> Means)
{
    /// <summary>The round's means, or null when it shows no figures.</summary>
    public static RoundMeans? Of(CheckInRound round, int minimumRespondents) => round.FiguresFor(minimumRespondents) is { } figures
        ? new(CheckInRoundNames.ChartLabel(round), figures.ShownAspects(minimumRespondents).ToDictionary(a => a.Aspect, a => a.Spread.Mean))
        : null;
}
