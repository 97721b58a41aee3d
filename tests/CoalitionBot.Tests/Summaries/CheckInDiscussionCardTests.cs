using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>The check-in summary card as a meeting discusses it: the change in numbers, the questions, the remarks per aspect.</summary>
public sealed class CheckInDiscussionCardTests
{
    private static readonly CheckInRound October = Round("2026-10", CheckIn("a", 6), CheckIn("b", 7), CheckIn("c", 8));

    /// <summary>Ambition 3-9 (widest spread), the others 7,0 falling to 6,4; remarks on ambition in the order they came in.</summary>
    private static CheckInRound November() => Round("2026-11",
        CheckIn("a", 9) with { Remarks = new Dictionary<CheckInAspect, string> { [CheckInAspect.Ambition] = "Zo  gaan we het halen" } },
        CheckIn("b", 3) with { Remarks = new Dictionary<CheckInAspect, string> { [CheckInAspect.Ambition] = "Het doel is te vaag", [CheckInAspect.Process] = "Te veel overleg" } },
        CheckIn("c", 6, others: 4) with { Remarks = new Dictionary<CheckInAspect, string> { [CheckInAspect.Ambition] = "zo gaan we het HALEN" } },
        CheckIn("d", 8),
        CheckIn("e", 8));

    private static string Card(CheckInRound latest, CheckInRound? previous) =>
        string.Concat(CheckInSummaryCard.Build(CheckInSummary.Of(latest, previous, minimumRespondents: 3)).Select(c => c.ToJson()));

    [Fact]
    public void In_Dutch_the_change_in_numbers_the_questions_and_the_remarks_per_aspect()
    {
        using var dutch = new CultureScope("nl-NL");

        var card = Card(November(), October);

        Assert.Contains("6,8, spreiding 3-9 (5 antwoorden); omlaag, was 7,0 (\u22120,2)", card);
        Assert.Contains("6,4 (5 antwoorden); omlaag, was 7,0 (\u22120,6)", card);
        Assert.Contains("Om te bespreken", card);
        Assert.Contains("De meningen over Ambitie lopen het meest uiteen (3-9). Hoe komt dat?", card);
        Assert.Contains("Belangen ging van 7,0 naar 6,4 (\u22120,6). Wat is er sinds de vorige ronde veranderd?", card);
        Assert.Contains("Belangen, Relatie, Proces en Organisatie scoren het laagst (gemiddeld 6,4).", card);
        Assert.Contains("Toelichting bij Ambitie", card);
        // Each once (equal apart from case and spaces), in alphabetical order, not in the order they came in; no names.
        Assert.Contains("- Het doel is te vaag\\n- Zo gaan we het halen", card);
        Assert.DoesNotContain("HALEN", card);
        Assert.Contains("Toelichting bij Proces", card);
        Assert.DoesNotContain("Toelichting bij Relatie", card);
    }

    [Fact]
    public void The_card_is_the_same_whatever_order_the_members_answered_in()
    {
        using var dutch = new CultureScope("nl-NL");
        var answers = November().Answers.Values.ToArray();

        Assert.Equal(Card(Round("2026-11", answers), October), Card(Round("2026-11", [.. answers.Reverse()]), October));
    }

    [Fact]
    public void In_English_the_same_in_English_words_and_numbers()
    {
        using var english = new CultureScope("en-GB");

        var card = Card(November(), October);

        Assert.Contains("6.4 (5 answers); down, was 7.0 (\u22120.6)", card);
        Assert.Contains("To discuss", card);
        Assert.Contains("Views on Ambition differ the most (3-9). Why is that?", card);
        Assert.Contains("Interests went from 7.0 to 6.4 (\u22120.6). What has changed since the previous round?", card);
        Assert.Contains("Remarks on Ambition", card);
    }

    [Fact]
    public void A_rise_shows_with_a_plus()
    {
        using var dutch = new CultureScope("nl-NL");

        Assert.Contains("7,8, spreiding 6-9 (5 antwoorden); omhoog, was 7,0 (+0,8)",
            Card(Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6), CheckIn("d", 8), CheckIn("e", 8)), October));
    }

    [Fact]
    public void Long_remarks_on_every_aspect_of_a_large_coalition_are_cut_and_continue_on_cards_under_the_limit()
    {
        using var dutch = new CultureScope("nl-NL");
        var answers = Enumerable.Range(1, 120).Select(i => CheckIn($"29:m{i}", 1 + i % 10, others: 1 + i * 3 % 10) with
        {
            Remarks = CheckInAspects.Core.ToDictionary(a => a, a => $"Toelichting {i} op {a} " + new string('t', 480)),
        }).ToArray();
        var longRemark = CheckIn("29:long", 7) with { Remarks = new Dictionary<CheckInAspect, string> { [CheckInAspect.Ambition] = new string('x', 9000) } };

        var cards = CheckInSummaryCard.Build(CheckInSummary.Of(Round("2026-11", [.. answers, longRemark]), previous: null, minimumRespondents: 3));

        Assert.True(cards.Count > 5);
        Assert.All(cards, card => Assert.True(card.FitsTeamsLimit(), $"{card.Size()} bytes"));
        var all = string.Concat(cards.Select(c => c.ToJson()));
        Assert.Contains("Toelichting 120 op Organisation", all);
        Assert.DoesNotContain(new string('x', 5000), all); // cut with "…"; the export has it whole
    }
}
