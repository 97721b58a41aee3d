using System.Text.Json.Nodes;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// Recorded Teams activities (../shared/fixtures/teams) and this project's own (Fixtures/Teams), pointed at a loopback
/// channel service.
/// </summary>
public static class TeamsFixtures
{
    public static JsonObject Load(string name, Uri serviceUrl) => PointedAt(RepositoryPaths.TeamsFixture(name), serviceUrl);

    /// <summary>One of the documented payloads kept with the tests (see Fixtures/Teams/README.md for their sources).</summary>
    public static JsonObject LoadOwn(string name, Uri serviceUrl) =>
        PointedAt(Path.Combine(RepositoryPaths.Root, "tests", "CoalitionBot.Tests", "Fixtures", "Teams", name), serviceUrl);

    private static JsonObject PointedAt(string path, Uri serviceUrl)
    {
        var activity = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        activity["serviceUrl"] = serviceUrl.ToString();
        return activity;
    }
}
