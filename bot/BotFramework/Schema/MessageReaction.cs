namespace CoalitionBot.BotFramework.Schema;

/// <summary>A reaction on a message (Teams: like, heart, laugh, surprised, sad, angry).</summary>
public sealed record MessageReaction
{
    public string? Type { get; init; }
}
