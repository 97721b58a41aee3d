namespace CoalitionBot.BotFramework.Authentication;

/// <summary>Who proved to be calling the bot.</summary>
public enum BotCallerKind
{
    /// <summary>A Bot Framework channel (Teams, Direct Line, Web Chat) with a token from api.botframework.com.</summary>
    Channel,
    /// <summary>The Bot Framework Emulator, holding the bot's own app credentials.</summary>
    Emulator,
    /// <summary>A loopback caller while the bot runs without an app id (local development).</summary>
    LocalAnonymous,
}
