using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.ThreeBs;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>The coalition's goal heads the summaries: escaped as member text, and never pushing a card over Teams' limit.</summary>
public sealed class GoalHeadingTests
{
    [Fact]
    public void The_goal_comes_under_the_first_cards_title_escaped_and_only_there()
    {
        using var dutch = new CultureScope("nl-NL");
        var many = new PartnerDescriptions { PartnerId = Ggd.Id };
        for (var i = 0; i < 30; i++) many = many.With(Description($"29:m{i}", $"Lid {i}", 3, 3, Attitude.Neutral, intention: new string('x', 1500)));
        var cards = ThreeBsSummaryCard.Build(ThreeBsSummary.Of(CoalitionWithPartners(new("tenant", "team")), new Dictionary<string, PartnerDescriptions> { [Ggd.Id] = many }));

        var headed = CoalitionGoalTexts.AddTo(cards, new CoalitionGoal("Elk kind een *kansrijke* start", DateTimeOffset.UnixEpoch));

        Assert.Equal(cards.Count, headed.Count);
        var line = Assert.IsType<TextBlock>(headed[0].Body[1]);
        Assert.Equal("**Ons doel:** Elk kind een \\*kansrijke\\* start", line.Text);
        Assert.Equal(cards[0].Body[0], headed[0].Body[0]);
        Assert.All(headed.Skip(1), (card, i) => Assert.Equal(cards[i + 1], card));
    }

    [Fact]
    public void Without_a_goal_the_cards_are_unchanged()
    {
        var cards = new[] { new AdaptiveCard { Body = [new TextBlock { Text = "Samenvatting" }] } };

        Assert.Same(cards, CoalitionGoalTexts.AddTo(cards, goal: null));
    }

    [Fact]
    public void The_longest_goal_in_heavy_characters_keeps_the_largest_summary_cards_under_the_limit()
    {
        using var dutch = new CultureScope("nl-NL");
        var partners = Enumerable.Range(1, 40).Select(i => new Partner($"p{i}", $"Partnerorganisatie nummer {i}", (NetworkRole)(i % 4))).ToList();
        var coalition = new Coalition { Id = new("tenant", "team"), Partners = partners };
        var descriptions = partners.ToDictionary(p => p.Id, p => Enumerable.Range(1, 6).Aggregate(new PartnerDescriptions { PartnerId = p.Id },
            (d, m) => d.With(Description($"29:m{m}", $"Lid {m}", 1 + m % 5, 1 + (m + p.Id.Length) % 5, Attitude.Neutral, new string('b', 250)))));
        var cards = ThreeBsSummaryCard.Build(ThreeBsSummary.Of(coalition, descriptions));
        var goal = new CoalitionGoal(string.Concat(Enumerable.Repeat("€\"<", 100)), DateTimeOffset.UnixEpoch); // 300 characters, 3 to 6 bytes each in JSON

        var headed = CoalitionGoalTexts.AddTo(cards, goal);

        Assert.All(headed, card => Assert.True(card.FitsTeamsLimit(), $"{card.Size()} bytes"));
    }
}
