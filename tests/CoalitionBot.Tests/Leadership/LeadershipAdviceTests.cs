using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

public sealed class LeadershipAdviceTests
{
    private static LeadershipProfile Leaning(params LeadershipStyle[] styles) =>
        LeadershipProfile.Of(LeadershipSituations.All.Zip(styles).ToDictionary(p => p.First.Id, p => p.Second));

    /// <summary>
    /// All 16 pairs of own style and needed style, with the text written for that pair and what it must say on each axis:
    /// "+" give more, "-" give less, "=" the same. The words are checked in Dutch, as most members read them.
    /// </summary>
    public static TheoryData<LeadershipStyle, LeadershipStyle, string> Pairs() => new()
    {
        { Directing, Directing, nameof(Strings.LeadershipAdviceDirectingForDirecting) },
        { Directing, Coaching, nameof(Strings.LeadershipAdviceDirectingForCoaching) },
        { Directing, Supporting, nameof(Strings.LeadershipAdviceDirectingForSupporting) },
        { Directing, Delegating, nameof(Strings.LeadershipAdviceDirectingForDelegating) },
        { Coaching, Directing, nameof(Strings.LeadershipAdviceCoachingForDirecting) },
        { Coaching, Coaching, nameof(Strings.LeadershipAdviceCoachingForCoaching) },
        { Coaching, Supporting, nameof(Strings.LeadershipAdviceCoachingForSupporting) },
        { Coaching, Delegating, nameof(Strings.LeadershipAdviceCoachingForDelegating) },
        { Supporting, Directing, nameof(Strings.LeadershipAdviceSupportingForDirecting) },
        { Supporting, Coaching, nameof(Strings.LeadershipAdviceSupportingForCoaching) },
        { Supporting, Supporting, nameof(Strings.LeadershipAdviceSupportingForSupporting) },
        { Supporting, Delegating, nameof(Strings.LeadershipAdviceSupportingForDelegating) },
        { Delegating, Directing, nameof(Strings.LeadershipAdviceDelegatingForDirecting) },
        { Delegating, Coaching, nameof(Strings.LeadershipAdviceDelegatingForCoaching) },
        { Delegating, Supporting, nameof(Strings.LeadershipAdviceDelegatingForSupporting) },
        { Delegating, Delegating, nameof(Strings.LeadershipAdviceDelegatingForDelegating) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Every_pair_has_advice_written_for_it(LeadershipStyle own, LeadershipStyle needed, string resource)
    {
        using var _ = new CultureScope("nl-NL");
        var advice = LeadershipAdvice.ForPair(own, needed);

        Assert.Equal(Strings.ResourceManager.GetString(resource, System.Globalization.CultureInfo.CurrentUICulture), advice);
        if (own == needed) Assert.StartsWith("Je stijl past bij wat je coalitie nu vraagt", advice);
        else Assert.DoesNotContain("Je stijl past", advice);
    }

    [Fact]
    public void No_two_pairs_share_a_text()
    {
        var texts = Pairs().Select(row => LeadershipAdvice.ForPair((LeadershipStyle)row[0], (LeadershipStyle)row[1])).ToList();

        Assert.Equal(16, texts.Distinct().Count());
    }

    [Theory]
    // Same direction, less support: a coach is not told to give more hold where sturen is needed.
    [InlineData(Coaching, Directing, "richting", "laat meer los")]
    // Same (low) direction, more support: someone who delegates where ondersteunen is needed gets no directing advice.
    [InlineData(Delegating, Supporting, "dichterbij", "Neem de regie")]
    // Less direction, same support.
    [InlineData(Coaching, Supporting, "richting kun je nu aan de partners overlaten", "meer richting")]
    // More direction, same support.
    [InlineData(Supporting, Coaching, "meer richting", "loslaten")]
    // Both axes: more direction and less discussion.
    [InlineData(Supporting, Directing, "meer duidelijkheid dan overleg", "loslaten")]
    // Both axes: let go of direction and coaching.
    [InlineData(Coaching, Delegating, "zowel de richting als de begeleiding loslaten", "meer richting")]
    public void The_advice_follows_both_axes(LeadershipStyle own, LeadershipStyle needed, string says, string neverSays)
    {
        using var _ = new CultureScope("nl-NL");
        var advice = LeadershipAdvice.ForPair(own, needed);

        Assert.Contains(says, advice);
        Assert.DoesNotContain(neverSays, advice);
    }

    [Fact]
    public void The_styles_lie_on_two_axes()
    {
        Assert.Equal((Behaviour.High, Behaviour.Low), (Directing.Directive(), Directing.Supportive()));
        Assert.Equal((Behaviour.High, Behaviour.High), (Coaching.Directive(), Coaching.Supportive()));
        Assert.Equal((Behaviour.Low, Behaviour.High), (Supporting.Directive(), Supporting.Supportive()));
        Assert.Equal((Behaviour.Low, Behaviour.Low), (Delegating.Directive(), Delegating.Supportive()));
        Assert.All(Enum.GetValues<LeadershipStyle>(), style => Assert.Equal(style, StyleAxes.StyleWith(style.Directive(), style.Supportive())));
    }

    [Fact]
    public void A_tie_that_includes_the_needed_style_is_advised_as_that_style()
    {
        var tie = Leaning(Coaching, Coaching, Delegating, Delegating); // counted as coaching

        Assert.Equal(Delegating, LeadershipAdvice.OwnStyleFor(tie, Delegating));
        Assert.Equal(Coaching, LeadershipAdvice.OwnStyleFor(tie, Directing));
    }

    [Fact]
    public void Two_suggestions_first_on_the_pair_then_on_the_phase()
    {
        var advice = LeadershipAdvice.For(Leaning(Directing, Directing, Coaching), Supporting, CoalitionPhase.Growing);

        Assert.Equal([Strings.LeadershipAdviceDirectingForSupporting, Strings.LeadershipPhaseGrowingFits], advice);
        Assert.Equal(Strings.LeadershipPhaseUnknown, LeadershipAdvice.For(Leaning(Delegating), Directing, phase: null)[1]);
    }

    [Theory]
    [InlineData(CoalitionPhase.Starting, Directing, PhaseReading.Fits)]
    [InlineData(CoalitionPhase.Starting, Coaching, PhaseReading.Fits)]
    [InlineData(CoalitionPhase.Starting, Supporting, PhaseReading.Ahead)]
    [InlineData(CoalitionPhase.Starting, Delegating, PhaseReading.Ahead)]
    [InlineData(CoalitionPhase.Growing, Directing, PhaseReading.Behind)]
    [InlineData(CoalitionPhase.Growing, Coaching, PhaseReading.Fits)]
    [InlineData(CoalitionPhase.Growing, Supporting, PhaseReading.Fits)]
    [InlineData(CoalitionPhase.Growing, Delegating, PhaseReading.Ahead)]
    [InlineData(CoalitionPhase.Established, Directing, PhaseReading.Behind)]
    [InlineData(CoalitionPhase.Established, Coaching, PhaseReading.Behind)]
    [InlineData(CoalitionPhase.Established, Supporting, PhaseReading.Fits)]
    [InlineData(CoalitionPhase.Established, Delegating, PhaseReading.Fits)]
    public void The_phase_reads_the_need_against_what_is_usual_then(CoalitionPhase phase, LeadershipStyle needed, PhaseReading expected)
    {
        Assert.Equal(expected, PhaseAdvice.ReadingOf(phase, needed));
    }

    [Fact]
    public void Each_phase_and_reading_has_its_own_text()
    {
        var texts = Enum.GetValues<CoalitionPhase>().SelectMany(phase => Enum.GetValues<LeadershipStyle>().Select(needed => PhaseAdvice.For(phase, needed))).Distinct();

        Assert.Equal(7, texts.Count()); // three phases × the readings each can have: starting 2, growing 3, established 2
    }
}
