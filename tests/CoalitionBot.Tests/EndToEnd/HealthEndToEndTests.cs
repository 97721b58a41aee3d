using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.EndToEnd;

/// <summary>/healthz reports storage, the signing keys and the reminder scheduler, as JSON, for App Service's health check.</summary>
public sealed class HealthEndToEndTests
{
    [Fact]
    public async Task Healthy_when_storage_answers()
    {
        using var bot = new BotApp();
        using var client = bot.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", report["status"]!.GetValue<string>());
        Assert.Equal(["reminderScheduler", "signingKeys", "storage"], report["checks"]!.AsObject().Select(c => c.Key).Order());
        Assert.Equal("No MicrosoftAppId: tokens are not checked.", report["checks"]!["signingKeys"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unhealthy_when_storage_cannot_be_reached()
    {
        using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
        });
        using var client = bot.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var storage = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["storage"]!;
        Assert.Equal("Storage cannot be reached.", storage["description"]!.GetValue<string>()); // no exception, no address
        Assert.Equal(2, storage.AsObject().Count);
    }

    [Fact]
    public async Task Serves_with_application_insights_configured()
    {
        // The ingestion endpoint refuses connections: telemetry failing to leave must not affect the bot.
        using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:1/",
        });
        using var client = bot.CreateClient();

        var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
