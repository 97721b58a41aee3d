namespace CoalitionBot.Cards;

/// <summary>Opens a URL in the browser.</summary>
public sealed record OpenUrlAction : CardAction
{
    public required string Url { get; init; }
}
