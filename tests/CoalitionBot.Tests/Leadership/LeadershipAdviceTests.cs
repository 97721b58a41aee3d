using CoalitionBot.Leadership;
using CoalitionBot.Resources;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

public sealed class LeadershipAdviceTests
{
    private static LeadershipProfile Leaning(params LeadershipStyle[] styles) => LeadershipProfile.Of(styles);

    [Theory]
    [InlineData(Directing, Directing, StyleFit.Fits)]
    [InlineData(Directing, Supporting, StyleFit.MoreDirective)]
    [InlineData(Coaching, Delegating, StyleFit.MoreDirective)]
    [InlineData(Delegating, Directing, StyleFit.LessDirective)]
    [InlineData(Supporting, Coaching, StyleFit.LessDirective)]
    public void Own_style_is_compared_with_the_needed_style(LeadershipStyle own, LeadershipStyle needed, StyleFit expected)
    {
        Assert.Equal(expected, LeadershipAdvice.FitOf(Leaning(own, own), needed));
    }

    [Fact]
    public void A_tie_that_includes_the_needed_style_fits()
    {
        var tie = Leaning(Coaching, Coaching, Delegating, Delegating); // counted as coaching

        Assert.Equal(StyleFit.Fits, LeadershipAdvice.FitOf(tie, Delegating));
        Assert.Equal(StyleFit.LessDirective, LeadershipAdvice.FitOf(tie, Directing));
    }

    [Fact]
    public void Two_suggestions_first_on_the_fit_then_on_what_the_needed_style_asks()
    {
        var advice = LeadershipAdvice.For(Leaning(Directing, Directing, Coaching), Supporting);

        Assert.Equal([Strings.LeadershipAdviceLetGo, Strings.LeadershipAdviceSupporting], advice);
        Assert.Equal([Strings.LeadershipAdviceGiveHold, Strings.LeadershipAdviceDirecting], LeadershipAdvice.For(Leaning(Delegating), Directing));
        Assert.Equal([Strings.LeadershipAdviceFits, Strings.LeadershipAdviceCoaching], LeadershipAdvice.For(Leaning(Coaching), Coaching));
        Assert.Equal([Strings.LeadershipAdviceFits, Strings.LeadershipAdviceDelegating], LeadershipAdvice.For(Leaning(Delegating), Delegating));
    }
}
