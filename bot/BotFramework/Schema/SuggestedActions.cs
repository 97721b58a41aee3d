namespace CoalitionBot.BotFramework.Schema;

/// <summary>Quick replies shown under a message (Teams shows them in personal chats).</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
    public IReadOnlyList<string>? To { get; init; }
}

public sealed record CardAction
{
    public string Type { get; init; } = "imBack";
    public string? Title { get; init; }
    public string? Value { get; init; }
}
