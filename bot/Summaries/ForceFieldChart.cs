using CoalitionBot.ThreeBs;
using ScottPlot;

namespace CoalitionBot.Summaries;

/// <summary>
/// The force field of the partners: betrokkenheid (involvement) across, invloed (influence) up, both 1-5, one point per
/// described partner with its name, coloured (and shaped, for colour-blind readers) by its houding as members name it
/// most, with a legend. Partners in the top right carry the coalition; top left need engaging, the more so when they resist.
/// </summary>
public static class ForceFieldChart
{
    /// <summary>Longer names are cut, so labels stay apart on a phone.</summary>
    public const int MaxLabelChars = 16;

    /// <summary>The legend's kinds of point: the three attitudes, and split where two are named equally often.</summary>
    private enum Kind { Supportive, Neutral, Resistant, Split }

    private static readonly IReadOnlyDictionary<Kind, (Color Color, MarkerShape Shape)> Looks = new Dictionary<Kind, (Color, MarkerShape)>
    {
        [Kind.Supportive] = (ChartImage.Palette[2], MarkerShape.FilledCircle),
        [Kind.Neutral] = (ChartImage.Palette[4], MarkerShape.FilledSquare),
        [Kind.Resistant] = (ChartImage.Palette[3], MarkerShape.FilledTriangleUp),
        [Kind.Split] = (ChartImage.Palette[1], MarkerShape.FilledDiamond),
    };

    /// <summary>The legend in the current language: the attitudes, and split.</summary>
    public static IReadOnlyList<string> Legend() => [.. Enum.GetValues<Attitude>().Select(AttitudeTexts.Name), Resources.Strings.SummaryForceFieldSplit];

    /// <param name="legend">The names of supportive, neutral, resistant and split; by default <see cref="Legend"/>.</param>
    public static byte[] Png(IReadOnlyList<PartnerSummary> partners, string involvementAxis, string influenceAxis, IReadOnlyList<string>? legend = null)
    {
        legend ??= Legend();
        var plot = ChartImage.NewPlot();
        var inLegend = new HashSet<Kind>();
        foreach (var partner in Placed(partners))
        {
            var kind = KindOf(partner);
            var point = plot.Add.Marker(partner.Involvement!.Mean, partner.Influence!.Mean);
            (point.Color, point.Shape) = Looks[kind];
            point.Size = 10;
            // Each kind once in the legend, in the order of the partners (the legend sorts nothing).
            if (inLegend.Add(kind)) point.LegendText = legend[(int)kind];
            var label = plot.Add.Text(Short(partner.Partner.Name), partner.Involvement.Mean, partner.Influence.Mean);
            label.LabelFontSize = 12;
            label.LabelOffsetX = 6;
        }
        plot.Axes.SetLimits(0.5, 5.5, 0.5, 5.5);
        // Whole steps only: the scale has five points, not halves.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"]);
        plot.XLabel(involvementAxis, size: 13);
        plot.YLabel(influenceAxis, size: 13);
        if (inLegend.Count > 0)
        {
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.FontSize = 11;
            // No frame or shadow: a line under the chart would read as its axis.
            plot.Legend.OutlineWidth = 0;
            plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        }
        return ChartImage.Png(plot, ChartImage.Width, ChartImage.Height + 20);
    }

    // The axes' titles and legend, and each placed partner's label, position and kind.
    public static string DataUri(IReadOnlyList<PartnerSummary> partners, string involvementAxis, string influenceAxis)
    {
        var legend = Legend();
        return ChartImage.CachedDataUri(
            $"forcefield|{involvementAxis}|{influenceAxis}|{string.Join(',', legend)}|" + string.Join('|', Placed(partners)
                .Select(p => $"{Short(p.Partner.Name)}@{ChartImage.Exact(p.Involvement!.Mean)},{ChartImage.Exact(p.Influence!.Mean)}:{KindOf(p)}")),
            () => Png(partners, involvementAxis, influenceAxis, legend));
    }

    /// <summary>The partners the chart places: those with an influence and an involvement.</summary>
    public static IEnumerable<PartnerSummary> Placed(IReadOnlyList<PartnerSummary> partners) => partners.Where(p => p.Influence is not null && p.Involvement is not null);

    public static string Short(string name) => name.Length <= MaxLabelChars ? name : name[..(MaxLabelChars - 1)] + "…";

    private static Kind KindOf(PartnerSummary partner) => ForceFieldFlags.MainAttitude(partner) switch
    {
        Attitude.Supportive => Kind.Supportive,
        Attitude.Neutral => Kind.Neutral,
        Attitude.Resistant => Kind.Resistant,
        _ => Kind.Split,
    };
}
