namespace CoalitionBot.BotFramework.Authentication;

/// <summary>An access token and the moment it stops working.</summary>
internal sealed record ConnectorAccessToken(string Value, DateTimeOffset ExpiresOn);
