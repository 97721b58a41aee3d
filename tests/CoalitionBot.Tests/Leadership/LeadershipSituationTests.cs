using CoalitionBot.Leadership;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

public sealed class LeadershipSituationTests
{
    /// <summary>Each situation's fitting style, as the comments in <see cref="LeadershipSituations"/> reason it.</summary>
    [Theory]
    [InlineData("kick-off", Directing)]
    [InlineData("late-figures", Supporting)]
    [InlineData("second-neighbourhood", Delegating)]
    [InlineData("resident-voice", Supporting)]
    [InlineData("referrals", Coaching)]
    [InlineData("funding-bid", Directing)]
    [InlineData("empty-chairs", Supporting)]
    [InlineData("slow-meetings", Coaching)]
    [InlineData("monitor", Delegating)]
    [InlineData("new-partner", Directing)]
    public void Each_situation_names_the_style_that_fits_it(string id, LeadershipStyle fitting)
    {
        Assert.Equal(fitting, LeadershipSituations.FittingStyleOf(id));
    }

    [Fact]
    public void Every_situation_is_in_the_table_and_every_style_fits_at_least_two()
    {
        Assert.Equal(10, LeadershipSituations.All.Count);
        Assert.All(Enum.GetValues<LeadershipStyle>(), style => Assert.True(LeadershipSituations.All.Count(s => s.FittingStyle == style) >= 2, $"{style} fits fewer than two situations"));
    }

    [Fact]
    public void An_unknown_situation_has_no_fitting_style() => Assert.Null(LeadershipSituations.FittingStyleOf("no-such-situation"));
}
