using CoalitionBot.Cards;
using CoalitionBot.Resources;

namespace CoalitionBot.Coalitions;

public static class CoalitionPhaseTexts
{
    public static string Name(CoalitionPhase phase) => phase switch
    {
        CoalitionPhase.Starting => Strings.PhaseStarting,
        CoalitionPhase.Growing => Strings.PhaseGrowing,
        CoalitionPhase.Established => Strings.PhaseEstablished,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    /// <summary>What the phase means, to choose by.</summary>
    public static string Description(CoalitionPhase phase) => phase switch
    {
        CoalitionPhase.Starting => Strings.PhaseStartingDescription,
        CoalitionPhase.Growing => Strings.PhaseGrowingDescription,
        CoalitionPhase.Established => Strings.PhaseEstablishedDescription,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, null),
    };

    public static IReadOnlyList<Choice> Choices() => [.. Enum.GetValues<CoalitionPhase>().Select(p => new Choice(Description(p), p.ToString()))];
}
