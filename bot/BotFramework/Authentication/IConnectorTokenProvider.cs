namespace CoalitionBot.BotFramework.Authentication;

/// <summary>Bearer tokens for the bot's calls to a channel's Bot Connector API.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>A token for https://api.botframework.com, or null when the bot runs without an app id (local development).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
