using System.Text.Json.Nodes;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>Recorded Teams activities (../shared/fixtures/teams), pointed at a loopback channel service.</summary>
public static class TeamsFixtures
{
    public static JsonObject Load(string name, Uri serviceUrl)
    {
        var activity = JsonNode.Parse(File.ReadAllText(RepositoryPaths.TeamsFixture(name)))!.AsObject();
        activity["serviceUrl"] = serviceUrl.ToString();
        return activity;
    }
}
