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

        Assert.Equal([NetworkRole.DecisionMaker, NetworkRole.Implementer], summary.Coverage.CoveredRoles);
        Assert.Equal([NetworkRole.Funder, NetworkRole.User], summary.Coverage.MissingRoles);
        Assert.Equal([Housing], summary.Undescribed);
    }

    [Fact]
    public void A_partner_counts_for_each_of_its_roles_and_levels_and_the_card_names_what_is_missing_and_the_bestuurlijke_trekker()
    {
        // The municipality decides and funds, at the bestuurlijk level; the GGD works at two levels; nobody said the housing corporation's.
        var coalition = Coalition
            .WithPartner(Municipality.WithRoles([NetworkRole.DecisionMaker, NetworkRole.Funder]) with { Levels = [PartnerLevel.Strategic] })
            .WithPartner(Ggd with { Levels = [PartnerLevel.Tactical, PartnerLevel.Operational] })
            .WithAdministrativeLead(new AdministrativeLead("wethouder Jansen", Municipality.Id, DateTimeOffset.UnixEpoch));

        var summary = ThreeBsSummary.Of(coalition, Descriptions());

        Assert.Equal([NetworkRole.User], summary.Coverage.MissingRoles);
        Assert.Equal([PartnerLevel.Strategic, PartnerLevel.Tactical, PartnerLevel.Operational], summary.Coverage.CoveredLevels);
        Assert.Empty(summary.Coverage.MissingLevels);
        Assert.Equal(1, summary.Coverage.PartnersWithoutLevel);
        using var dutch = new CultureScope("nl-NL");
        var text = ThreeBsSummaryCard.Build(summary)[0].ToJson();
        Assert.Contains("\"title\":\"Rollen die ontbreken\",\"value\":\"Gebruiker\"", text);
        Assert.Contains("\"title\":\"Niveaus die ontbreken\",\"value\":\"geen (van 1 partner nog niet bekend)\"", text);
        Assert.Contains("\"title\":\"Bestuurlijke trekker\",\"value\":\"wethouder Jansen (Gemeente Leiden)\"", text);
        Assert.Contains("Gemeente Leiden (Beslisser, Financier of leverancier · Bestuurlijk)", text);
    }

    [Fact]
    public void Without_any_partner_level_no_level_counts_as_missing_and_without_a_trekker_the_card_says_to_look_for_one()
    {
        var summary = ThreeBsSummary.Of(Coalition, Descriptions());

        Assert.Empty(summary.Coverage.MissingLevels);
        Assert.Equal(3, summary.Coverage.PartnersWithoutLevel);
        Assert.Empty(NetworkCoverage.Of([Ggd with { Levels = [PartnerLevel.Operational] }]).CoveredLevels.Except([PartnerLevel.Operational]));
        Assert.Equal([PartnerLevel.Strategic, PartnerLevel.Tactical], NetworkCoverage.Of([Ggd with { Levels = [PartnerLevel.Operational] }]).MissingLevels);
        using var dutch = new CultureScope("nl-NL");
        Assert.StartsWith("Nog niet genoemd. Zoek een bestuurlijke trekker", summary.AdministrativeLead);
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
