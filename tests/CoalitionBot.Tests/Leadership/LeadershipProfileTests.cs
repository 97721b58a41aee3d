using CoalitionBot.Leadership;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

public sealed class LeadershipProfileTests
{
    /// <summary>The styles as answers to the situations in their order.</summary>
    private static Dictionary<string, LeadershipStyle> Answers(LeadershipStyle[] styles) =>
        LeadershipSituations.All.Zip(styles).ToDictionary(p => p.First.Id, p => p.Second);

    [Fact]
    public void Counts_every_style_including_those_never_chosen()
    {
        var profile = LeadershipProfile.Of(Answers([Coaching, Coaching, Directing, Coaching, Supporting, Coaching, Directing, Supporting, Coaching, Coaching]));

        Assert.Equal(2, profile.Counts[Directing]);
        Assert.Equal(6, profile.Counts[Coaching]);
        Assert.Equal(2, profile.Counts[Supporting]);
        Assert.Equal(0, profile.Counts[Delegating]);
    }

    [Fact]
    public void The_dominant_style_is_the_one_chosen_most()
    {
        var profile = LeadershipProfile.Of(Answers([Supporting, Supporting, Supporting, Delegating, Coaching, Supporting, Delegating, Directing, Supporting, Delegating]));

        Assert.Equal(Supporting, profile.DominantStyle);
        Assert.Equal([Supporting], profile.LeadingStyles);
        Assert.False(profile.IsTie);
    }

    [Fact]
    public void A_tie_is_reported_and_counted_as_the_first_tied_style_in_the_fixed_order()
    {
        var profile = LeadershipProfile.Of(Answers([Delegating, Supporting, Delegating, Supporting, Delegating, Supporting, Coaching, Directing, Supporting, Delegating]));

        Assert.True(profile.IsTie);
        Assert.Equal([Supporting, Delegating], profile.LeadingStyles);
        Assert.Equal(Supporting, profile.DominantStyle);
    }

    [Fact]
    public void The_tie_rule_does_not_depend_on_the_order_of_the_answers()
    {
        var forwards = LeadershipProfile.Of(Answers([Delegating, Delegating, Coaching, Coaching]));
        var backwards = LeadershipProfile.Of(Answers([Coaching, Coaching, Delegating, Delegating]));

        Assert.Equal(Coaching, forwards.DominantStyle);
        Assert.Equal(Coaching, backwards.DominantStyle);
    }

    [Fact]
    public void Flexibility_is_the_share_of_situations_answered_with_their_fitting_style()
    {
        var fitting = LeadershipSituations.All.ToDictionary(s => s.Id, s => s.FittingStyle);
        var allFitting = LeadershipProfile.Of(fitting);
        var oneStyleOnly = LeadershipProfile.Of(LeadershipSituations.All.ToDictionary(s => s.Id, _ => Coaching));

        Assert.Equal((10, 10, 1.0), (allFitting.FittingAnswers, allFitting.Situations, allFitting.Flexibility));
        // Coaching fits the two situations whose partners are somewhat able and wavering, and no others.
        Assert.Equal((2, 10, 0.2), (oneStyleOnly.FittingAnswers, oneStyleOnly.Situations, oneStyleOnly.Flexibility));
    }

    [Fact]
    public void Variety_without_fit_is_not_flexibility()
    {
        // Every style chosen, but each time one the situation does not ask for: the old count of styles would give 4.
        var wrong = LeadershipSituations.All.ToDictionary(s => s.Id, s => Enum.GetValues<LeadershipStyle>().First(style => style != s.FittingStyle));
        var profile = LeadershipProfile.Of(wrong);

        Assert.Equal(0, profile.FittingAnswers);
        Assert.Equal(0.0, profile.Flexibility);
    }

    [Fact]
    public void A_situation_this_bot_no_longer_knows_counts_for_neither_fit_nor_total()
    {
        var profile = LeadershipProfile.Of(new Dictionary<string, LeadershipStyle> { ["kick-off"] = Directing, ["retired-situation"] = Directing });

        Assert.Equal((1, 1), (profile.FittingAnswers, profile.Situations));
    }

    [Fact]
    public void A_profile_needs_answers()
    {
        Assert.Throws<ArgumentException>(() => LeadershipProfile.Of(new Dictionary<string, LeadershipStyle>()));
    }
}
