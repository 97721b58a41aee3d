using CoalitionBot.BotFramework.Connector;

namespace CoalitionBot.Reminders;

/// <summary>The connector client of fan-outs: the bot's usual one, with <see cref="TeamsRateLimitHandler"/> under its retries.</summary>
public sealed class FanOutConnector(IHttpClientFactory clients)
{
    public const string HttpClientName = "reminders-fan-out";

    public ConnectorClient Create() => new(clients.CreateClient(HttpClientName));
}
