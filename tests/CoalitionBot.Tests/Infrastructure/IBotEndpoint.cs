using System.Text.Json.Nodes;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>Where a test delivers activities: the bot in the test host (<see cref="BotApp"/>) or as a child process (<see cref="BotProcess"/>).</summary>
public interface IBotEndpoint
{
    Task<HttpResponseMessage> PostActivityAsync(JsonNode activity);
}
