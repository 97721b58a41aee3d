using CoalitionBot.Forces;
using CoalitionBot.Resources;
using ScottPlot;

namespace CoalitionBot.Summaries;

/// <summary>
/// The force-field diagram (Lewin's krachtenveld): a horizontal bar per force, driving forces to the right in green and
/// restraining forces to the left in orange, each named on the other side of the middle line with how many named it.
/// A bar is as long as the force's total strength (members who named it × their mean strength), so a force many name
/// weakly weighs as much as one a few name strongly. The strongest of each kind are drawn; the list beside it has all.
/// </summary>
public static class ForcesChart
{
    /// <summary>Bars per kind: more would not be readable on a phone, and every label adds some 1.5 KB to the image.</summary>
    public const int MaxBarsPerDirection = 4;
    /// <summary>A label fits in half the chart's width, and the image stays small enough for a card.</summary>
    public const int MaxLabelChars = 22;
    private const int RowHeight = 22, Margins = 80;

    private static readonly Color DrivingColor = ChartImage.Palette[2], RestrainingColor = ChartImage.Palette[1];

    /// <summary>The forces it draws, each kind strongest first: driving ones on top, restraining ones below.</summary>
    public static IReadOnlyList<(ForceDirection Direction, MergedForce Force)> Drawn(ForceFigures figures) =>
    [
        .. Strongest(figures.For).Select(f => (ForceDirection.For, f)),
        .. Strongest(figures.Against).Select(f => (ForceDirection.Against, f)),
    ];

    /// <param name="legend">The names of driving and restraining forces, and the axis title; by default in the current language.</param>
    public static byte[] Png(ForceFigures figures, IReadOnlyList<string>? legend = null)
    {
        legend ??= Legend();
        var drawn = Drawn(figures);
        var plot = ChartImage.NewPlot();
        var longest = Math.Max(1, drawn.Select(d => d.Force.TotalStrength).DefaultIfEmpty(1).Max());
        var bars = new List<Bar>();
        for (var row = 0; row < drawn.Count; row++)
        {
            var (direction, force) = drawn[row];
            var position = drawn.Count - 1 - row; // the first force on top, as in the list
            var sign = direction == ForceDirection.For ? 1 : -1;
            bars.Add(new Bar { Position = position, ValueBase = 0, Value = sign * force.TotalStrength, FillColor = direction == ForceDirection.For ? DrivingColor : RestrainingColor, LineWidth = 0, Size = 0.7 });
            // The name on the empty side of the middle line, pointing at its bar.
            var label = plot.Add.Text(Label(force), -sign * longest * 0.03, position);
            label.LabelFontSize = 10;
            label.LabelAlignment = direction == ForceDirection.For ? Alignment.MiddleRight : Alignment.MiddleLeft;
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        var middle = plot.Add.VerticalLine(0);
        middle.Color = Colors.Black;
        middle.LineWidth = 1.5f;

        var reach = longest * 1.08;
        plot.Axes.SetLimits(-reach, reach, -0.6, Math.Max(0.6, drawn.Count - 0.4));
        // Strength reads the same on both sides: no minus signs.
        var step = Math.Max(1, Math.Ceiling(longest / 4));
        var ticks = Enumerable.Range(-(int)(longest / step), 2 * (int)(longest / step) + 1).Select(i => i * step).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks,
            [.. ticks.Select(t => Math.Abs(t).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([], []);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.XLabel(legend[2], size: 12);
        // Only the middle line and the bars: a grid would cost bytes and say nothing the ticks do not.
        plot.HideGrid();

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend[0], FillColor = DrivingColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = legend[1], FillColor = RestrainingColor });
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 11;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        return ChartImage.CompactPng(plot, ChartImage.Width, Margins + RowHeight * Math.Max(2, drawn.Count));
    }

    // The legend and axis title (in the current language) and each drawn force's label, side and length.
    public static string DataUri(ForceFigures figures)
    {
        var legend = Legend();
        return ChartImage.CachedDataUri(
            $"forces|{string.Join(',', legend)}|" + string.Join('|', Drawn(figures).Select(d => $"{d.Direction}:{Label(d.Force)}={ChartImage.Exact(d.Force.TotalStrength)}")),
            () => Png(figures, legend));
    }

    /// <summary>The legend's two kinds and the axis title, in the current language.</summary>
    public static IReadOnlyList<string> Legend() => [Strings.ForcesFor, Strings.ForcesAgainst, Strings.SummaryForcesAxis];

    /// <summary>"Steun wethouder (3)": the force, cut to fit, with how many named it.</summary>
    public static string Label(MergedForce force)
    {
        var text = force.Text;
        if (text.Length > MaxLabelChars)
        {
            // Cut after a whole word where one ends past the middle: "Huisartsen hebben geen…", not "… gee…".
            var cut = text[..(MaxLabelChars - 1)];
            var space = cut.LastIndexOf(' ');
            text = (space > MaxLabelChars / 2 ? cut[..space] : cut).TrimEnd() + "…";
        }
        return $"{text} ({force.Count})";
    }

    private static IEnumerable<MergedForce> Strongest(IReadOnlyList<MergedForce> forces) =>
        forces.OrderByDescending(f => f.TotalStrength).ThenByDescending(f => f.Count).ThenBy(f => f.Text, StringComparer.OrdinalIgnoreCase).Take(MaxBarsPerDirection);
}
