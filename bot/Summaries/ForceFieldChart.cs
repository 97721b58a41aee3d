namespace CoalitionBot.Summaries;

/// <summary>
/// The force field of the partners: betrokkenheid (involvement) across, invloed (influence) up, both 1-5, one labelled
/// point per described partner. Partners in the top right carry the coalition; top left need engaging.
/// </summary>
public static class ForceFieldChart
{
    /// <summary>Longer names are cut, so labels stay apart on a phone.</summary>
    public const int MaxLabelChars = 16;

    public static byte[] Png(IReadOnlyList<PartnerSummary> partners, string involvementAxis, string influenceAxis)
    {
        var plot = ChartImage.NewPlot();
        foreach (var partner in partners.Where(p => p.Influence is not null && p.Involvement is not null))
        {
            var point = plot.Add.Marker(partner.Involvement!.Mean, partner.Influence!.Mean);
            point.Color = ChartImage.Palette[0];
            point.Size = 10;
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
        return ChartImage.Png(plot);
    }

    // The axes' titles, and each placed partner's label and position.
    public static string DataUri(IReadOnlyList<PartnerSummary> partners, string involvementAxis, string influenceAxis) => ChartImage.CachedDataUri(
        $"forcefield|{involvementAxis}|{influenceAxis}|" + string.Join('|', partners.Where(p => p.Influence is not null && p.Involvement is not null)
            .Select(p => $"{Short(p.Partner.Name)}@{ChartImage.Exact(p.Involvement!.Mean)},{ChartImage.Exact(p.Influence!.Mean)}")),
        () => Png(partners, involvementAxis, influenceAxis));

    private static string Short(string name) => name.Length <= MaxLabelChars ? name : name[..(MaxLabelChars - 1)] + "…";
}
