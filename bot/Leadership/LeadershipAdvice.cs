using CoalitionBot.Resources;

namespace CoalitionBot.Leadership;

/// <summary>How a member's own style relates to the style their coalition needs now.</summary>
public enum StyleFit
{
    /// <summary>The needed style is (one of) their leading style(s).</summary>
    Fits,
    /// <summary>They give more direction than needed: they can let go more.</summary>
    MoreDirective,
    /// <summary>They give less direction than needed: they should give more hold.</summary>
    LessDirective,
}

/// <summary>One or two concrete suggestions in plain words: the first on the member's own style against the need, the second on what the needed style asks.</summary>
public static class LeadershipAdvice
{
    public static StyleFit FitOf(LeadershipProfile profile, LeadershipStyle needed) =>
        profile.LeadingStyles.Contains(needed) ? StyleFit.Fits
        : profile.DominantStyle < needed ? StyleFit.MoreDirective
        : StyleFit.LessDirective;

    public static IReadOnlyList<string> For(LeadershipProfile profile, LeadershipStyle needed) =>
    [
        FitOf(profile, needed) switch
        {
            StyleFit.Fits => Strings.LeadershipAdviceFits,
            StyleFit.MoreDirective => Strings.LeadershipAdviceLetGo,
            _ => Strings.LeadershipAdviceGiveHold,
        },
        needed switch
        {
            LeadershipStyle.Directing => Strings.LeadershipAdviceDirecting,
            LeadershipStyle.Coaching => Strings.LeadershipAdviceCoaching,
            LeadershipStyle.Supporting => Strings.LeadershipAdviceSupporting,
            _ => Strings.LeadershipAdviceDelegating,
        },
    ];
}
