using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.ThreeBs;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>The force field for action: each partner's attitude as members name it most, and what the coalition should talk about.</summary>
public sealed class ForceFieldFlagsTests
{
    private static PartnerSummary Partner(params (int Influence, int Involvement, Attitude Attitude)[] views)
    {
        var descriptions = views.Select((v, i) => (v, i)).Aggregate(new PartnerDescriptions { PartnerId = Municipality.Id },
            (d, x) => d.With(Description($"29:m{x.i}", $"Lid {x.i}", x.v.Influence, x.v.Involvement, x.v.Attitude)));
        return PartnerSummary.Of(Municipality, descriptions, new Coalition { Id = new("tenant", "team"), Partners = [Municipality] });
    }

    [Fact]
    public void Members_who_agree_raise_no_flag_and_colour_the_partner_by_their_attitude()
    {
        var partner = Partner((3, 4, Attitude.Supportive), (4, 4, Attitude.Supportive), (3, 5, Attitude.Supportive));

        Assert.Empty(ForceFieldFlags.Of(partner));
        Assert.Equal(Attitude.Supportive, ForceFieldFlags.MainAttitude(partner));
    }

    [Fact]
    public void Different_attitudes_or_ratings_two_apart_are_disagreement()
    {
        var partner = Partner((2, 3, Attitude.Supportive), (4, 4, Attitude.Supportive), (3, 5, Attitude.Neutral));

        Assert.Equal([PartnerFlag.AttitudeSplit, PartnerFlag.InfluenceApart, PartnerFlag.InvolvementApart], ForceFieldFlags.Of(partner));
        Assert.Equal(Attitude.Supportive, ForceFieldFlags.MainAttitude(partner));
    }

    [Fact]
    public void An_attitude_named_as_often_as_another_shows_the_partner_as_split()
    {
        var partner = Partner((3, 3, Attitude.Supportive), (3, 3, Attitude.Resistant));

        Assert.Null(ForceFieldFlags.MainAttitude(partner));
        Assert.Equal([PartnerFlag.AttitudeSplit], ForceFieldFlags.Of(partner));
    }

    [Theory]
    [InlineData(4, 4, true)] // influence 4 of 5 and resistance named most
    [InlineData(3, 4, false)] // influence 3,5: not high
    public void A_partner_with_high_influence_that_members_see_resisting_is_one_to_watch(int first, int second, bool flagged)
    {
        var partner = Partner((first, 2, Attitude.Resistant), (second, 2, Attitude.Resistant), (4, 3, Attitude.Neutral));

        Assert.Equal(flagged, ForceFieldFlags.Of(partner).Contains(PartnerFlag.InfluentialResistance));
    }

    [Fact]
    public void The_card_asks_about_them_in_Dutch_and_in_English()
    {
        var coalition = CoalitionWithPartners(new("tenant", "team"));
        var descriptions = new Dictionary<string, PartnerDescriptions>(Descriptions())
        {
            [Municipality.Id] = new PartnerDescriptions { PartnerId = Municipality.Id }
                .With(Description("29:anna", "Anna de Vries", 5, 2, Attitude.Resistant))
                .With(Description("29:bram", "Bram Bakker", 4, 2, Attitude.Resistant))
                .With(Description("29:chris", "Chris Smit", 4, 3, Attitude.Supportive)),
        };
        var summary = ThreeBsSummary.Of(coalition, descriptions);

        using (new CultureScope("nl-NL"))
        {
            var card = string.Concat(ThreeBsSummaryCard.Build(summary).Select(c => c.ToJson()));
            Assert.Contains("Om te bespreken", card);
            Assert.Contains("Let op: **Gemeente Leiden** heeft veel invloed (4,3 van 5) en de houding die leden het vaakst noemen is weerstand (2 van 3).", card);
            // GGD: steunend 2, neutraal 1; invloed 4, 3, 5; betrokkenheid 4, 4, 2.
            Assert.Contains("De leden zien **GGD Hollands Midden** verschillend: houding (steunend: 2, neutraal: 1), invloed 3-5, betrokkenheid 2-4. Waar komt dat verschil vandaan?", card);
            Assert.Contains("met hun naam en gekleurd naar hun houding: Gemeente Leiden (Weerstand), GGD Hollands Mi… (Steunend)", card);
        }
        using (new CultureScope("en-GB"))
        {
            var card = string.Concat(ThreeBsSummaryCard.Build(summary).Select(c => c.ToJson()));
            Assert.Contains("Watch out: **Gemeente Leiden** has a lot of influence (4.3 out of 5) and the attitude members name most is resistance (2 of 3).", card);
            Assert.Contains("Members see **GGD Hollands Midden** differently: attitude (supportive: 2, neutral: 1), influence 3-5, involvement 2-4.", card);
        }
    }

    [Fact]
    public void One_partner_alone_has_its_flags_too()
    {
        using var dutch = new CultureScope("nl-NL");
        var summary = ThreeBsSummary.Of(CoalitionWithPartners(new("tenant", "team")), Descriptions(), only: Ggd);

        Assert.Contains("De leden zien **GGD Hollands Midden** verschillend", string.Concat(ThreeBsSummaryCard.Build(summary).Select(c => c.ToJson())));
    }
}
