using CoalitionBot.Cards;
using CoalitionBot.Resources;

namespace CoalitionBot.Coalitions;

public static class PartnerLevelTexts
{
    public static string Name(PartnerLevel level) => level switch
    {
        PartnerLevel.Strategic => Strings.LevelStrategic,
        PartnerLevel.Tactical => Strings.LevelTactical,
        PartnerLevel.Operational => Strings.LevelOperational,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The level with who sits there, to choose by.</summary>
    public static string Description(PartnerLevel level) => level switch
    {
        PartnerLevel.Strategic => Strings.LevelStrategicDescription,
        PartnerLevel.Tactical => Strings.LevelTacticalDescription,
        PartnerLevel.Operational => Strings.LevelOperationalDescription,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static IReadOnlyList<Choice> Choices() => [.. Enum.GetValues<PartnerLevel>().Select(l => new Choice(Description(l), l.ToString()))];
}
