using CoalitionBot.Leadership;
using CoalitionBot.Summaries;
using static CoalitionBot.Leadership.LeadershipStyle;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

public sealed class LeadershipSummaryTests
{
    [Fact]
    public void Spread_of_styles_mean_development_and_how_members_differ_from_the_need()
    {
        // Ability (4+4+5+3)/4 = 4.0, commitment (2+3+3+4)/4 = 3.0: high ability, variable commitment → supporting.
        var summary = LeadershipSummary.Of(LeadershipOf(
            Result(Coaching, 4, 2), Result(Supporting, 4, 3), Result(Delegating, 5, 3), Result(Coaching, 3, 4)), minimumRespondents: 3);

        Assert.Equal(4, summary.Respondents);
        Assert.Equal(2, summary.StyleCounts[Coaching]);
        Assert.Equal(0, summary.StyleCounts[Directing]);
        Assert.Equal(4.0, summary.Development!.Ability, 6);
        Assert.Equal(3.0, summary.Development.Commitment, 6);
        Assert.Equal(Supporting, summary.Development.NeededStyle);
        Assert.Equal((1, 2, 1), (summary.MatchingNeed, summary.MoreDirective, summary.LessDirective));
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
