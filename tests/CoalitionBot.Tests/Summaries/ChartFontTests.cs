using CoalitionBot.CheckIns;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Leadership;
using SkiaSharp;

namespace CoalitionBot.Tests.Summaries;

/// <summary>Charts are drawn with the font the bot ships, so they look the same on every machine, also on one without fonts (App Service's Linux image may have none).</summary>
public sealed class ChartFontTests
{
    [Fact]
    public async Task Charts_drawn_where_the_machine_has_no_fonts_have_their_labels_and_look_as_they_do_here()
    {
        var withoutFonts = await ChartsWithoutFonts.DrawAsync();
        Assert.True(withoutFonts.FontFamilies.Count == 0, $"The machine's fonts were not hidden: {string.Join(", ", withoutFonts.FontFamilies)}");

        foreach (var (name, here) in ChartGallery.Draw())
        {
            var drawn = withoutFonts.Charts[name];
            Assert.True(DarkPixelsUnderThePlot(drawn) >= 100, $"The {name} chart drawn without the machine's fonts has no labels under its plot.");
            var difference = PngComparison.Compare(here, drawn);
            Assert.True(difference.Alike, $"The {name} chart drawn without the machine's fonts differs from the one drawn with them: {difference}");
        }
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-GB")]
    public void Every_letter_a_chart_may_show_is_in_the_shipped_font(string culture)
    {
        using var language = new CultureScope(culture);
        var texts = Enum.GetValues<CheckInAspect>().Select(CheckInTexts.Name)
            .Concat(Enum.GetValues<LeadershipStyle>().Select(LeadershipResultView.NameOf))
            .Append(Strings.ThreeBsInvolvement).Append(Strings.ThreeBsInfluence)
            .Concat(Enum.GetValues<CoalitionBot.ThreeBs.Attitude>().Select(CoalitionBot.ThreeBs.AttitudeTexts.Name)).Append(Strings.SummaryForceFieldSplit)
            .Append(Strings.ForcesFor).Append(Strings.ForcesAgainst).Append(Strings.SummaryForcesAxis)
            .Append("0123456789-.,…") // ticks, rounds (2026-11), a shortened partner's name
            .Append("ÁÄÉËÍÏÓÖÚÜĲ áäéëíïóöúüĳ ÀÈàèçñ’‘“”&()/"); // partners' names in Dutch

        var missing = string.Concat(texts).Distinct().Where(letter => ChartFont.Typeface.GetGlyphs(letter.ToString())[0] == 0).ToList();

        Assert.True(missing.Count == 0, $"Not in {ChartFont.Name}, so drawn as boxes: {string.Join(' ', missing)}");
    }

    /// <summary>Dark pixels below the plot's frame and its tick marks: where the bottom axis's labels are.</summary>
    private static int DarkPixelsUnderThePlot(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        bool Dark(int x, int y) => bitmap.GetPixel(x, y) is var c && Math.Max(c.Red, Math.Max(c.Green, c.Blue)) < 128;
        int DarkIn(int y) => Enumerable.Range(0, bitmap.Width).Count(x => Dark(x, y));
        var frameBottom = Enumerable.Range(0, bitmap.Height).Last(y => DarkIn(y) > bitmap.Width / 2);
        const int tickMarks = 6;
        return Enumerable.Range(frameBottom + tickMarks, Math.Max(0, bitmap.Height - frameBottom - tickMarks)).Sum(DarkIn);
    }
}
