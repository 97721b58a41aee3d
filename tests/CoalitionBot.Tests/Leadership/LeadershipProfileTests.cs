using CoalitionBot.Leadership;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

public sealed class LeadershipProfileTests
{
    [Fact]
    public void Counts_every_style_including_those_never_chosen()
    {
        var profile = LeadershipProfile.Of([Coaching, Coaching, Directing, Coaching, Supporting, Coaching, Directing, Supporting, Coaching, Coaching]);

        Assert.Equal(2, profile.Counts[Directing]);
        Assert.Equal(6, profile.Counts[Coaching]);
        Assert.Equal(2, profile.Counts[Supporting]);
        Assert.Equal(0, profile.Counts[Delegating]);
    }

    [Fact]
    public void The_dominant_style_is_the_one_chosen_most()
    {
        var profile = LeadershipProfile.Of([Supporting, Supporting, Supporting, Delegating, Coaching, Supporting, Delegating, Directing, Supporting, Delegating]);

        Assert.Equal(Supporting, profile.DominantStyle);
        Assert.Equal([Supporting], profile.LeadingStyles);
        Assert.False(profile.IsTie);
    }

    [Fact]
    public void A_tie_is_reported_and_counted_as_the_most_directive_of_the_tied_styles()
    {
        var profile = LeadershipProfile.Of([Delegating, Supporting, Delegating, Supporting, Delegating, Supporting, Coaching, Directing, Supporting, Delegating]);

        Assert.True(profile.IsTie);
        Assert.Equal([Supporting, Delegating], profile.LeadingStyles);
        Assert.Equal(Supporting, profile.DominantStyle);
    }

    [Fact]
    public void The_tie_rule_does_not_depend_on_the_order_of_the_answers()
    {
        var forwards = LeadershipProfile.Of([Delegating, Delegating, Coaching, Coaching]);
        var backwards = LeadershipProfile.Of([Coaching, Coaching, Delegating, Delegating]);

        Assert.Equal(Coaching, forwards.DominantStyle);
        Assert.Equal(Coaching, backwards.DominantStyle);
    }

    [Theory]
    [InlineData(new[] { Coaching, Coaching, Coaching, Coaching, Coaching, Coaching, Coaching, Coaching, Coaching, Coaching }, 1)]
    [InlineData(new[] { Coaching, Coaching, Coaching, Coaching, Coaching, Coaching, Coaching, Directing, Supporting, Delegating }, 1)] // used once is not counted
    [InlineData(new[] { Coaching, Coaching, Coaching, Coaching, Coaching, Coaching, Directing, Directing, Supporting, Delegating }, 2)]
    [InlineData(new[] { Coaching, Coaching, Coaching, Coaching, Directing, Directing, Supporting, Supporting, Delegating, Coaching }, 3)]
    [InlineData(new[] { Coaching, Coaching, Coaching, Directing, Directing, Supporting, Supporting, Delegating, Delegating, Coaching }, 4)]
    public void Flexibility_is_the_number_of_styles_chosen_at_least_twice(LeadershipStyle[] choices, int expected)
    {
        Assert.Equal(expected, LeadershipProfile.Of(choices).Flexibility);
    }

    [Fact]
    public void A_profile_needs_answers()
    {
        Assert.Throws<ArgumentException>(() => LeadershipProfile.Of([]));
    }
}
