namespace CoalitionBot.BotFramework.Schema;

/// <summary>A user or bot in a conversation. Teams user ids look like <c>29:...</c>, bot ids <c>28:{appId}</c>.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }
}
