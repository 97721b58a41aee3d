using CoalitionBot.Summaries;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Leadership;
using SkiaSharp;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>A committed sample matches when its text is the same and its charts look the same, whatever their bytes.</summary>
public sealed class CardSampleContentTests
{
    private static byte[] Chart(int ambition)
    {
        using var dutch = new CultureScope("nl-NL");
        return AspectChart.Png(CheckInSummary.Of(Round("2026-11", CheckIn("a", ambition), CheckIn("b", 9), CheckIn("c", 6)), previous: null, minimumRespondents: 3).Aspects);
    }

    private static string Card(byte[] png, string title = "Check-in") => $"{{ \"title\": \"{title}\", \"url\": \"{ChartImage.DataUri(png)}\" }}\n";

    /// <summary>The chart with every coloured or grey pixel a few levels off, as another build's blending might make it.</summary>
    private static byte[] BlendedOtherwise(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var shift = PngComparison.ChannelTolerance / 2;
        bitmap.Pixels = [.. bitmap.Pixels.Select(p => p == SKColors.White ? p : p.WithRed((byte)Math.Min(255, p.Red + shift)))];
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public void A_chart_blended_a_few_levels_otherwise_still_matches()
    {
        var drawn = Chart(8);
        var otherBuild = BlendedOtherwise(drawn);
        Assert.NotEqual(drawn, otherBuild);

        Assert.Null(CardSampleContent.Of(Card(otherBuild)).DifferenceFrom(CardSampleContent.Of(Card(drawn))));
    }

    [Fact]
    public void A_chart_that_shows_other_figures_is_stale_and_the_message_counts_its_pixels()
    {
        var difference = CardSampleContent.Of(Card(Chart(8))).DifferenceFrom(CardSampleContent.Of(Card(Chart(7))));

        Assert.NotNull(difference);
        Assert.Matches(@"image 1\) differs .*: \d+ of 134400 pixels differ", difference);
    }

    [Fact]
    public void The_text_around_the_charts_is_compared_as_it_is()
    {
        var png = Chart(8);

        Assert.Equal("the bot now builds a different card", CardSampleContent.Of(Card(png)).DifferenceFrom(CardSampleContent.Of(Card(png, "Check-in!"))));
    }
}
