using CoalitionBot.Coalitions;
using CoalitionBot.Resources;

namespace CoalitionBot.Leadership;

/// <summary>How the style the partners need for a task relates to the phase the coalition is in.</summary>
public enum PhaseReading
{
    /// <summary>The partners need more direction for this task than is usual in this phase (a new task, a new partner).</summary>
    Behind,
    /// <summary>What is usual in this phase.</summary>
    Fits,
    /// <summary>The partners are further along for this task than the coalition as a whole.</summary>
    Ahead,
}

/// <summary>
/// The coalition's phase in the advice. Partners grow from able-to-be-told to able-on-their-own (the development levels
/// of situational leadership): sturen fits the first level, begeleiden the second, ondersteunen the third, delegeren the
/// fourth. That is an order of the partners' development, not of the styles' direction. A starting coalition usually
/// needs the first two, a growing one the middle two, an established one the last two.
/// </summary>
public static class PhaseAdvice
{
    public static PhaseReading ReadingOf(CoalitionPhase phase, LeadershipStyle needed)
    {
        var level = Level(needed);
        var (from, to) = phase switch
        {
            CoalitionPhase.Starting => (1, 2),
            CoalitionPhase.Growing => (2, 3),
            CoalitionPhase.Established => (3, 4),
            _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase."),
        };
        return level < from ? PhaseReading.Behind : level > to ? PhaseReading.Ahead : PhaseReading.Fits;
    }

    /// <summary>One suggestion; without a phase, how to set one.</summary>
    public static string For(CoalitionPhase? phase, LeadershipStyle needed) => phase is not { } known
        ? Strings.LeadershipPhaseUnknown
        : (known, ReadingOf(known, needed)) switch
        {
            (CoalitionPhase.Starting, PhaseReading.Fits) => Strings.LeadershipPhaseStartingFits,
            (CoalitionPhase.Starting, _) => Strings.LeadershipPhaseStartingAhead,
            (CoalitionPhase.Growing, PhaseReading.Behind) => Strings.LeadershipPhaseGrowingBehind,
            (CoalitionPhase.Growing, PhaseReading.Fits) => Strings.LeadershipPhaseGrowingFits,
            (CoalitionPhase.Growing, _) => Strings.LeadershipPhaseGrowingAhead,
            (CoalitionPhase.Established, PhaseReading.Behind) => Strings.LeadershipPhaseEstablishedBehind,
            _ => Strings.LeadershipPhaseEstablishedFits,
        };

    private static int Level(LeadershipStyle needed) => needed switch
    {
        LeadershipStyle.Directing => 1,
        LeadershipStyle.Coaching => 2,
        LeadershipStyle.Supporting => 3,
        LeadershipStyle.Delegating => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(needed), needed, "Unknown leadership style."),
    };
}
