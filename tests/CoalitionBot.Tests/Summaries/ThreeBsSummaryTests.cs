using System.Text.Json;
using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.ThreeBs;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

public sealed class ThreeBsSummaryTests
{
    private static readonly Coalition Coalition = CoalitionWithPartners(new("tenant", "team"));

    [Fact]
    public void Each_partner_has_everyones_views_with_names_and_its_force_field()
    {
        var summary = ThreeBsSummary.Of(Coalition, Descriptions());

        var ggd = summary.Partners.Single(p => p.Partner == Ggd);
        Assert.Equal(["Anna de Vries", "Bram Bakker", "Chris Smit"], ggd.Views.Select(v => v.AuthorName)); // Bram's name from the coalition
        Assert.Equal(4.0, ggd.Influence!.Mean, 6);
        Assert.Equal((3, 5), (ggd.Influence.Min, ggd.Influence.Max));
        Assert.Equal(10.0 / 3, ggd.Involvement!.Mean, 6);
        Assert.Equal(2, ggd.Attitudes[Attitude.Supportive]);
        Assert.Equal(1, ggd.Attitudes[Attitude.Neutral]);
        Assert.Equal(0, ggd.Attitudes[Attitude.Resistant]);
    }

    [Fact]
    public void The_coalition_sees_covered_and_missing_roles_and_partners_nobody_described()
    {
        var summary = ThreeBsSummary.Of(Coalition, Descriptions());

        Assert.Equal([NetworkRole.DecisionMaker, NetworkRole.Implementer], summary.CoveredRoles);
        Assert.Equal([NetworkRole.Funder, NetworkRole.User], summary.MissingRoles);
        Assert.Equal([Housing], summary.Undescribed);
    }

    [Fact]
    public void One_partner_alone()
    {
        var summary = ThreeBsSummary.Of(Coalition, Descriptions(), only: Municipality);

        Assert.Equal(Municipality, Assert.Single(summary.Partners).Partner);
    }

    [Fact]
    public void A_long_summary_is_split_over_cards_that_each_fit_in_teams()
    {
        var many = new PartnerDescriptions { PartnerId = Ggd.Id };
        for (var i = 0; i < 30; i++) many = many.With(Description($"29:m{i}", $"Lid {i}", 3, 3, Attitude.Neutral, intention: new string('x', 1500) + " é"));
        using var dutch = new CultureScope("nl-NL");

        var cards = ThreeBsSummaryCard.Build(ThreeBsSummary.Of(Coalition, new Dictionary<string, PartnerDescriptions> { [Ggd.Id] = many }));

        Assert.True(cards.Count > 1);
        Assert.All(cards, card => Assert.True(card.FitsTeamsLimit(), $"{card.Size()} bytes"));
        var text = string.Join("", cards.Select(c => JsonSerializer.Serialize(c.ToJsonElement())));
        Assert.All(Enumerable.Range(0, 30), i => Assert.Contains($"**Lid {i}**", text));
        Assert.Contains("(vervolg 2 van", text);
    }
}
