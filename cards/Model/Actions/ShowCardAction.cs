namespace CoalitionBot.Cards;

/// <summary>Expands a nested card below the action bar, e.g. for an optional comment form.</summary>
public sealed record ShowCardAction : CardAction
{
    /// <summary>Nested card; its version and $schema are not required and may be set to null.</summary>
    public required AdaptiveCard Card { get; init; }
}
