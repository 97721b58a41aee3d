using CoalitionBot.Cards;
using CoalitionBot.Resources;

namespace CoalitionBot.ThreeBs;

public static class AttitudeTexts
{
    public static string Name(Attitude attitude) => attitude switch
    {
        Attitude.Supportive => Strings.AttitudeSupportive,
        Attitude.Neutral => Strings.AttitudeNeutral,
        Attitude.Resistant => Strings.AttitudeResistant,
        _ => throw new ArgumentOutOfRangeException(nameof(attitude), attitude, null),
    };

    public static IReadOnlyList<Choice> Choices() => [.. Enum.GetValues<Attitude>().Select(a => new Choice(Name(a), a.ToString()))];
}
