using System.IO.Compression;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoalitionBot.Tests.Operations;

/// <summary>
/// Application Insights, played by a loopback ingestion endpoint, receives the turn's line with the inbound activity's
/// id as its operation id (Teams' message ids are digits: zero-padded to a trace id's 32 characters).
/// </summary>
public sealed class ApplicationInsightsOperationTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<JsonNode> received = new();
    private LoopbackServer ingestion = null!;
    private LoopbackChannel channel = null!;

    public async Task InitializeAsync()
    {
        channel = await LoopbackChannel.StartAsync();
        ingestion = await LoopbackServer.StartAsync(app => app.MapPost("/v2.1/track", async (HttpContext http) =>
        {
            var body = http.Request.Headers.ContentEncoding.ToString() == "gzip" ? new GZipStream(http.Request.Body, CompressionMode.Decompress) : http.Request.Body;
            using var reader = new StreamReader(body);
            foreach (var line in (await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)) received.Enqueue(JsonNode.Parse(line)!);
            return Results.Json(new { itemsReceived = 0, itemsAccepted = 0, errors = Array.Empty<object>() });
        }));
    }

    public async Task DisposeAsync()
    {
        await ingestion.DisposeAsync();
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task The_turns_line_arrives_with_the_activity_id_as_operation_id()
    {
        var data = Directory.CreateTempSubdirectory("coalitionbot-appinsights-");
        // A process of its own: the connection string is read as the bot starts, as in App Service.
        var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = $"InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint={ingestion.BaseAddress}",
            ["Storage:LocalPath"] = data.FullName,
        });
        await using (bot)
        {
            var katinka = new DialogConversation(bot, channel, member: CoalitionSetup.Katinka);
            await katinka.SendAsync(katinka.Message(a => { a["text"] = "help"; a["id"] = "1772439302555"; }), expectedCalls: 1);
            await bot.StopAsync(); // a stopping bot sends what it still holds
        }
        data.Delete(recursive: true);

        var turn = Assert.Single(received, item => item["data"]?["baseData"]?["message"]?.GetValue<string>().StartsWith("Turn message Help", StringComparison.Ordinal) == true);
        Assert.Equal("00000000000000000001772439302555", turn["tags"]!["ai.operation.id"]!.GetValue<string>());
    }
}
