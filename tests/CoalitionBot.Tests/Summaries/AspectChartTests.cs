using CoalitionBot.Cards;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

public sealed class AspectChartTests
{
    private static readonly CheckInSummary Summary = CheckInSummary.Of(
        Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6, others: 4), CheckIn("d", 8), CheckIn("e", 8)), previous: null, minimumRespondents: 3);

    [Fact]
    public void The_chart_is_a_small_png()
    {
        using var dutch = new CultureScope("nl-NL");

        var png = AspectChart.Png(Summary.Aspects);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.InRange(png.Length, 1_000, 20_000);
    }

    [Fact]
    public void The_check_in_card_with_its_chart_fits_in_teams()
    {
        using var dutch = new CultureScope("nl-NL");

        var card = Assert.Single(CheckInSummaryCard.Build(Summary));

        Assert.True(card.FitsTeamsLimit(), $"{card.Size()} bytes");
        Assert.Contains("data:image/png;base64,", card.ToJson());
    }

    [Fact]
    public void The_same_figures_in_the_same_language_reuse_the_drawn_chart_and_others_get_their_own()
    {
        var other = CheckInSummary.Of(Round("2026-11", CheckIn("a", 3), CheckIn("b", 4), CheckIn("c", 5)), previous: null, minimumRespondents: 3);
        string dutch, again, english, otherFigures;
        using (new CultureScope("nl-NL"))
        {
            dutch = AspectChart.DataUri(Summary.Aspects);
            again = AspectChart.DataUri(Summary.Aspects);
            otherFigures = AspectChart.DataUri(other.Aspects);
        }
        using (new CultureScope("en-GB")) english = AspectChart.DataUri(Summary.Aspects);

        Assert.Same(dutch, again);
        Assert.NotEqual(dutch, english); // the aspects' names are drawn in the chart
        Assert.NotEqual(dutch, otherFigures);
    }
}
