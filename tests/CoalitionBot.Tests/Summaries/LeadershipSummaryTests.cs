using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Summaries;
using static CoalitionBot.Leadership.LeadershipStyle;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

public sealed class LeadershipSummaryTests
{
    [Fact]
    public void Spread_of_styles_the_need_per_member_and_how_many_own_styles_fit_it()
    {
        // Needs per member: (4,2) supporting, (4,3) supporting, (5,3) supporting, (3,4) coaching: three of four see ondersteunen.
        var summary = LeadershipSummary.Of(LeadershipOf(
            Result(Coaching, 4, 2), Result(Supporting, 4, 3), Result(Delegating, 5, 3), Result(Coaching, 3, 4)), minimumRespondents: 3, CoalitionPhase.Growing);

        Assert.Equal(4, summary.Respondents);
        Assert.Equal(2, summary.StyleCounts[Coaching]);
        Assert.Equal(0, summary.StyleCounts[Directing]);
        Assert.Equal(4.0, summary.Development!.Ability, 6);
        Assert.Equal(3.0, summary.Development.Commitment, 6);
        Assert.Equal((0, 1, 3, 0), (summary.Need!.Counts[Directing], summary.Need.Counts[Coaching], summary.Need.Counts[Supporting], summary.Need.Counts[Delegating]));
        Assert.False(summary.Need.IsSplit);
        Assert.Equal([Supporting], summary.Need.Styles);
        Assert.Equal(1, summary.FittingNeed); // the one member who leans to ondersteunen
        Assert.Equal(CoalitionPhase.Growing, summary.Phase);
    }

    [Fact]
    public void Half_directing_and_half_delegating_is_a_split_not_supporting()
    {
        // Two members see partners who want to but cannot yet (sturen), two see partners who can and want to (delegeren).
        // Their mean ratings (3.5, 4.5) would call for one style; the members do not agree on any.
        var summary = LeadershipSummary.Of(LeadershipOf(
            Result(Directing, 2, 4), Result(Coaching, 2, 4), Result(Delegating, 5, 5), Result(Supporting, 5, 5)), minimumRespondents: 3);

        Assert.True(summary.Need!.IsSplit);
        Assert.Equal([Directing, Delegating], summary.Need.Styles);
        Assert.DoesNotContain(Supporting, summary.Need.Styles);
        Assert.Equal(2, summary.FittingNeed); // the members leaning to sturen and to delegeren
        Assert.False(summary.Need.IsOpposite); // they differ in direction only
    }

    [Fact]
    public void A_split_between_styles_opposite_on_both_axes_says_so()
    {
        var summary = LeadershipSummary.Of(LeadershipOf(
            Result(Coaching, 3, 3), Result(Coaching, 3, 3), Result(Delegating, 5, 5), Result(Delegating, 5, 5), Result(Directing, 2, 4)), minimumRespondents: 3);

        Assert.True(summary.Need!.IsOpposite);
        Assert.Equal([Coaching, Delegating], summary.Need.Styles);
        using var _ = new CoalitionBot.Tests.Leadership.CultureScope("nl-NL");
        var verdict = LeadershipSummaryCard.NeedVerdict(summary.Need);
        Assert.StartsWith("De leden zien het verschillend: de grootste groepen zien **begeleiden en delegeren**.", verdict);
        Assert.Contains("op beide assen tegenover elkaar", verdict);
    }

    [Theory]
    [InlineData(new[] { 3, 0, 0, 0 }, false, new[] { Directing })]
    [InlineData(new[] { 2, 1, 0, 0 }, false, new[] { Directing })]
    [InlineData(new[] { 2, 2, 0, 0 }, true, new[] { Directing, Coaching })]
    [InlineData(new[] { 2, 1, 1, 0 }, true, new[] { Directing, Coaching, Supporting })]
    [InlineData(new[] { 2, 2, 1, 0 }, true, new[] { Directing, Coaching })]
    [InlineData(new[] { 0, 1, 3, 2 }, true, new[] { Supporting, Delegating })]
    [InlineData(new[] { 1, 1, 1, 1 }, true, new[] { Directing, Coaching, Supporting, Delegating })]
    public void The_need_names_a_majority_or_the_largest_groups_of_a_split(int[] counts, bool split, LeadershipStyle[] styles)
    {
        var need = new CoalitionNeed(Enum.GetValues<LeadershipStyle>().ToDictionary(s => s, s => counts[(int)s]));

        Assert.Equal(split, need.IsSplit);
        Assert.Equal(styles, need.Styles);
    }

    [Fact]
    public void Below_the_minimum_there_are_no_figures()
    {
        var summary = LeadershipSummary.Of(LeadershipOf(Result(Coaching, 4, 2), Result(Supporting, 4, 3)), minimumRespondents: 3);

        Assert.False(summary.ShowsFigures);
        Assert.Null(summary.Development);
        Assert.Equal(2, summary.Respondents);
    }

    [Fact]
    public void Nobody_answered() => Assert.Equal(0, LeadershipSummary.Of(null, 3).Respondents);
}
