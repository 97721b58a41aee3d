using CoalitionBot.Coalitions;
using CoalitionBot.Resources;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Leadership;

/// <summary>
/// Concrete suggestions in plain words: first one written for the member's own style against the style the coalition
/// needs (each of the 16 pairs has its own, right on both axes), then one on what that need means in the coalition's phase.
/// </summary>
public static class LeadershipAdvice
{
    /// <summary>The style the member is compared as: the needed style when it is one of their leading styles, else their dominant style.</summary>
    public static LeadershipStyle OwnStyleFor(LeadershipProfile profile, LeadershipStyle needed) =>
        profile.LeadingStyles.Contains(needed) ? needed : profile.DominantStyle;

    public static IReadOnlyList<string> For(LeadershipProfile profile, LeadershipStyle needed, CoalitionPhase? phase) =>
        [ForPair(OwnStyleFor(profile, needed), needed), PhaseAdvice.For(phase, needed)];

    /// <summary>
    /// The advice for one pair. Where the two styles differ in direction, it says to give more or less of it; where they
    /// differ in support, more or less of that; where they differ in both, both.
    /// </summary>
    public static string ForPair(LeadershipStyle own, LeadershipStyle needed) => (own, needed) switch
    {
        (Directing, Directing) => Strings.LeadershipAdviceDirectingForDirecting,
        (Directing, Coaching) => Strings.LeadershipAdviceDirectingForCoaching,
        (Directing, Supporting) => Strings.LeadershipAdviceDirectingForSupporting,
        (Directing, Delegating) => Strings.LeadershipAdviceDirectingForDelegating,
        (Coaching, Directing) => Strings.LeadershipAdviceCoachingForDirecting,
        (Coaching, Coaching) => Strings.LeadershipAdviceCoachingForCoaching,
        (Coaching, Supporting) => Strings.LeadershipAdviceCoachingForSupporting,
        (Coaching, Delegating) => Strings.LeadershipAdviceCoachingForDelegating,
        (Supporting, Directing) => Strings.LeadershipAdviceSupportingForDirecting,
        (Supporting, Coaching) => Strings.LeadershipAdviceSupportingForCoaching,
        (Supporting, Supporting) => Strings.LeadershipAdviceSupportingForSupporting,
        (Supporting, Delegating) => Strings.LeadershipAdviceSupportingForDelegating,
        (Delegating, Directing) => Strings.LeadershipAdviceDelegatingForDirecting,
        (Delegating, Coaching) => Strings.LeadershipAdviceDelegatingForCoaching,
        (Delegating, Supporting) => Strings.LeadershipAdviceDelegatingForSupporting,
        (Delegating, Delegating) => Strings.LeadershipAdviceDelegatingForDelegating,
        _ => throw new ArgumentOutOfRangeException(nameof(own), (own, needed), "Unknown leadership style."),
    };
}
