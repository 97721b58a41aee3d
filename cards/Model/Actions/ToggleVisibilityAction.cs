namespace CoalitionBot.Cards;

/// <summary>Shows or hides elements by id without a round trip to the bot.</summary>
public sealed record ToggleVisibilityAction : CardAction
{
    public required IReadOnlyList<TargetElement> TargetElements { get; init; }
}
