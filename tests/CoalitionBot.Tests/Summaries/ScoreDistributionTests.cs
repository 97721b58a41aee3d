using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>
/// How many gave each score gives away the whole set of scores, so it is shown only where that set names nobody's score.
/// The attacks: a lead (or a member, who knows their own score) reading the distribution, with the mean and spread beside it.
/// </summary>
public sealed class ScoreDistributionTests
{
    [Theory]
    [InlineData(new[] { 6, 7, 8 }, false)] // below five scores not even the spread shows
    [InlineData(new[] { 6, 7, 8, 9 }, false)]
    [InlineData(new[] { 7, 7, 7, 7, 7 }, false)] // everyone's score
    [InlineData(new[] { 7, 7, 4, 7, 7 }, false)] // all but one: each 7 knows the others, the 4 knows everyone's
    [InlineData(new[] { 10, 1, 1, 1, 1, 1 }, false)]
    [InlineData(new[] { 8, 9, 6, 8, 8 }, true)] // three 8's: the 6 and the 9 each still do not know who gave the other
    [InlineData(new[] { 3, 3, 3, 9, 9 }, true)]
    [InlineData(new[] { 2, 10, 8, 7, 9 }, true)]
    public void Shown_from_five_scores_unless_all_or_all_but_one_gave_the_same(int[] scores, bool shown) =>
        Assert.Equal(shown, ScoreDistribution.Of(scores)!.MayShow);

    /// <summary>Every set of five or six scores of 1-10: wherever the distribution shows, it protects at least what the spread does, and no member learns another's score.</summary>
    [Fact]
    public void No_member_taking_out_their_own_score_knows_anyone_elses_in_any_distribution_that_is_shown()
    {
        var checkedSets = 0;
        foreach (var size in new[] { 5, 6 })
            foreach (var scores in Multisets(size, 1, 10))
            {
                var distribution = ScoreDistribution.Of(scores)!;
                if (!distribution.MayShow) continue;
                checkedSets++;
                Assert.True(ScoreSpread.Of(scores)!.ShowsSpread, $"Shown where the spread is not: {string.Join(',', scores)}");
                foreach (var own in scores.Distinct())
                {
                    var others = new List<int>(scores);
                    others.Remove(own);
                    Assert.True(others.Distinct().Count() > 1, $"A member who gave {own} knows every other score in {string.Join(',', scores)}");
                }
            }
        Assert.True(checkedSets > 1000);
    }

    [Fact]
    public void The_lead_sees_the_distribution_only_of_aspects_where_it_may_show_and_nothing_of_the_others()
    {
        using var dutch = new CultureScope("nl-NL");
        // Ambition 8, 9, 6, 8, 8 may show; the other aspects 7, 7, 4, 7, 7 may not.
        var summary = CheckInSummary.Of(Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6, others: 4), CheckIn("d", 8), CheckIn("e", 8)), previous: null, minimumRespondents: 3);

        Assert.Equal([CheckInAspect.Ambition], summary.Aspects.Where(a => a.Distribution is not null).Select(a => a.Aspect));
        var card = string.Concat(CheckInSummaryCard.Build(summary).Select(c => c.ToJson()));
        Assert.Contains("Ambitie: cijfer 6: 1, cijfer 8: 3, cijfer 9: 1", card);
        Assert.DoesNotContain("cijfer 7", card);
        Assert.DoesNotContain("cijfer 4", card);
        foreach (var hidden in new[] { "Belangen", "Relatie", "Proces", "Organisatie" }) Assert.DoesNotContain(hidden + ": cijfer", card);
    }

    [Fact]
    public void Where_no_aspect_may_show_its_distribution_the_card_has_no_such_section_at_all()
    {
        using var dutch = new CultureScope("nl-NL");
        var summary = CheckInSummary.Of(Round("2026-11", CheckIn("a", 7), CheckIn("b", 7), CheckIn("c", 4, others: 4), CheckIn("d", 7), CheckIn("e", 7)), previous: null, minimumRespondents: 3);

        var card = string.Concat(CheckInSummaryCard.Build(summary).Select(c => c.ToJson()));

        Assert.DoesNotContain("Hoeveel leden welk cijfer gaven", card);
        Assert.DoesNotContain("cijfer 4", card);
        Assert.Equal(1, card.Split("data:image/png;base64,").Length - 1); // only the means
    }

    [Fact]
    public void Figures_published_before_scores_were_counted_show_no_distribution()
    {
        using var dutch = new CultureScope("nl-NL");
        var round = Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6), CheckIn("d", 8), CheckIn("e", 8));
        var json = JsonSerializer.Serialize(round, CheckInJsonContext.Default.CheckInRound);
        Assert.Contains("\"distributions\":", json);
        var stored = JsonSerializer.Deserialize(json, CheckInJsonContext.Default.CheckInRound)!;
        Assert.Equal(3, stored.Published!.Distributions![CheckInAspect.Ambition].Counts[8]);

        // As a version 3 round stored it: the same figures without the counts.
        var before = JsonNode.Parse(json)!.AsObject();
        before["schemaVersion"] = 3;
        before["published"]!.AsObject().Remove("distributions");
        var old = JsonSerializer.Deserialize(before.ToJsonString(), CheckInJsonContext.Default.CheckInRound)!;
        Assert.Null(old.Published!.Distributions);
        var summary = CheckInSummary.Of(old, previous: null, minimumRespondents: 3);
        Assert.True(summary.ShowsFigures);
        Assert.All(summary.Aspects, a => Assert.Null(a.Distribution));
        Assert.DoesNotContain("Hoeveel leden welk cijfer gaven", CheckInSummaryCard.Build(summary)[0].ToJson());
    }

    private static IEnumerable<int[]> Multisets(int size, int from, int to)
    {
        if (size == 0) { yield return []; yield break; }
        for (var first = from; first <= to; first++)
            foreach (var rest in Multisets(size - 1, first, to))
                yield return [first, .. rest];
    }
}
