using System.Text.Json;
using CoalitionBot.Cards;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.ThreeBs;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.ThreeBs;

/// <summary>A partner's own view beside the others' view, and descriptions stored before it was asked.</summary>
public sealed class SelfViewTests
{
    private static ThreeBsDescription Own(int influence, int involvement, Attitude attitude) =>
        Description("29:dewi", "Dewi Pinas", influence, involvement, attitude) with { IsOwnOrganisation = true };

    [Fact]
    public void The_self_view_is_set_beside_the_mean_of_the_others_and_a_difference_from_one_and_a_half_points_is_flagged()
    {
        // Others: influence 4, 3, 5 (mean 4.0), involvement 4, 4, 2 (mean 3.3), mostly supportive.
        ThreeBsDescription[] views = [.. Descriptions()[Ggd.Id].ByMember.Values.Select(m => m.Current), Own(4, 5, Attitude.Supportive)];

        var comparison = SelfViewComparison.Of(views)!;

        Assert.Equal((4.0, 4.0, 5.0), (comparison.SelfInfluence, comparison.OthersInfluence, comparison.SelfInvolvement));
        Assert.Equal(10 / 3.0, comparison.OthersInvolvement, 6);
        Assert.Equal([SelfViewDifference.Involvement], comparison.Differences);
    }

    [Fact]
    public void A_stance_none_of_the_others_gives_most_is_a_difference()
    {
        ThreeBsDescription[] views = [.. Descriptions()[Ggd.Id].ByMember.Values.Select(m => m.Current), Own(4, 4, Attitude.Resistant)];

        Assert.Equal([SelfViewDifference.Attitude], SelfViewComparison.Of(views)!.Differences);
    }

    [Fact]
    public void Without_both_a_self_view_and_another_view_there_is_nothing_to_compare()
    {
        Assert.Null(SelfViewComparison.Of([.. Descriptions()[Ggd.Id].ByMember.Values.Select(m => m.Current)]));
        Assert.Null(SelfViewComparison.Of([Own(4, 4, Attitude.Supportive)]));
    }

    [Fact]
    public void The_summary_card_names_where_the_views_differ()
    {
        using var dutch = new CultureScope("nl-NL");
        var descriptions = new Dictionary<string, PartnerDescriptions>(Descriptions()) { [Ggd.Id] = Descriptions()[Ggd.Id].With(Own(4, 5, Attitude.Supportive)) };

        var json = ThreeBsSummaryCard.Build(ThreeBsSummary.Of(CoalitionWithPartners(new("tenant", "team")), descriptions))[0].ToJson();

        Assert.Contains("Het eigen beeld van deze partner verschilt van dat van anderen op: betrokkenheid.", json);
        Assert.Contains("\"title\":\"Betrokkenheid: eigen beeld / anderen\",\"value\":\"5,0 / 3,3\"", json);
        Assert.Contains("(eigen organisatie, ", json);
    }

    [Fact]
    public void A_description_of_version_one_reads_without_expectations_self_view_or_reason()
    {
        const string stored = """{"schemaVersion":1,"partnerId":"ggd","byMember":{"29:anna":{"current":{"userId":"29:anna","userName":"Anna","intention":"a","interest":"b","contribution":"c","influence":4,"involvement":3,"attitude":"Supportive","describedAt":"2026-01-02T09:00:00+00:00"},"history":[]}}}""";

        var read = JsonSerializer.Deserialize(stored, ThreeBsJsonContext.Default.PartnerDescriptions)!;

        var anna = read.ByMember["29:anna"].Current;
        Assert.Equal((null, false, null), (anna.Expectations, anna.IsOwnOrganisation, anna.AttitudeReason));
        Assert.Equal(PartnerDescriptions.CurrentSchemaVersion, read.With(anna with { Expectations = "d" }).SchemaVersion);
    }
}
