using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Summaries;
using CoalitionBot.Summaries.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CoalitionBot.Tests.Summaries;

/// <summary>The page itself: one A4 whatever the summary's length, nothing drawn over anything else, and a word when it is cut short.</summary>
public sealed class SummaryPdfTests
{
    private const string CutShort = "Niet alles past op één pagina.";
    private static readonly DateTimeOffset Made = new(2026, 12, 2, 11, 15, 0, TimeSpan.FromHours(1));

    [Fact]
    public void A_short_summary_fits_whole_in_its_largest_type()
    {
        using var document = PdfDocument.Open(Render(Summary(sections: 3, itemsPerSection: 3)));
        var page = Assert.Single(document.GetPages());
        var words = page.GetWords().ToList();

        Assert.DoesNotContain(words, w => w.Text == "pagina.");
        Assert.Contains(words, w => w.Text == "Deel" && w.Letters[0].PointSize > 15); // the title at full size
        AssertLaidOutCleanly(words);
        var chart = Assert.Single(page.GetImages()).BoundingBox;
        Assert.DoesNotContain(words, w => Overlap(w.BoundingBox, chart)); // the chart beside its section's text, not over it
    }

    [Fact]
    public void A_long_summary_is_made_smaller_and_what_still_does_not_fit_is_left_off_with_a_word_saying_so()
    {
        var pdf = Render(Summary(sections: 30, itemsPerSection: 12));

        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        var words = page.GetWords().ToList();
        Assert.Contains(words, w => w.Text == "pagina.");
        Assert.DoesNotContain(words, w => w.Text == "Deel" && w.Letters[0].PointSize > 15);
        Assert.Contains(words, w => w.Text == "Deel"); // the title is still there, smaller
        AssertLaidOutCleanly(words);
    }

    [Fact]
    public void A_word_longer_than_its_column_is_broken_inside_the_page()
    {
        var link = "https://example.org/" + new string('x', 400);
        var cards = SummaryCardSplitter.Split("Deel 1", null, [new SummarySection("Lijst") { Items = [link] }]);

        var words = Words(SummaryPdf.Render(cards, "Deel 1", "Coalitie", CutShort, Made));

        Assert.Equal(link, string.Concat(words.Where(w => w.Text.StartsWith("https", StringComparison.Ordinal) || w.Text.All(c => c == 'x')).Select(w => w.Text)));
        AssertLaidOutCleanly(words);
    }

    private static byte[] Render(IReadOnlyList<AdaptiveCard> cards) => SummaryPdf.Render(cards, "Deel 1", "Coalitie Gezond Leiden · gemaakt op 2 december 2026", CutShort, Made);

    private static IReadOnlyList<AdaptiveCard> Summary(int sections, int itemsPerSection) => SummaryCardSplitter.Split("Deel 1", "Een **inleiding** over de ronde \\*overleg\\* van november.",
    [
        .. Enumerable.Range(1, sections).Select(i => new SummarySection($"Onderwerp {i}")
        {
            Facts = [new Fact("Ambitie", "7,8, spreiding 6-9 (5 antwoorden)"), new Fact("Proces", "6,2 (5 antwoorden); omlaag, was 6,9")],
            Items = [.. Enumerable.Range(1, itemsPerSection).Select(j => $"Knelpunt {j} van onderwerp {i}: te weinig tijd om de plannen met elkaar goed uit te werken")],
            Note = "Cijfers veranderen pas als minstens 3 leden opnieuw hebben geantwoord.",
            Image = i == 1 ? new SummaryImage(AspectChart.DataUri([]), "De gemiddelden") : null,
        }),
    ]);

    private static List<Word> Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. Assert.Single(document.GetPages()).GetWords()];
    }

    /// <summary>Every word inside the page's margins, and no two words drawn over each other.</summary>
    private static void AssertLaidOutCleanly(IReadOnlyList<Word> words)
    {
        Assert.All(words, w => Assert.True(w.BoundingBox.Left >= 30 && w.BoundingBox.Right <= 565 && w.BoundingBox.Bottom >= 30 && w.BoundingBox.Top <= 822, $"'{w.Text}' at {w.BoundingBox}"));
        for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
                Assert.False(Overlap(words[i].BoundingBox, words[j].BoundingBox), $"'{words[i].Text}' overlaps '{words[j].Text}'");
    }

    private static bool Overlap(UglyToad.PdfPig.Core.PdfRectangle a, UglyToad.PdfPig.Core.PdfRectangle b) =>
        a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && a.Bottom < b.Top - 0.5 && b.Bottom < a.Top - 0.5;
}
