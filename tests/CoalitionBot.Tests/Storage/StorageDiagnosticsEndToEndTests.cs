using System.Net;
using System.Net.Http.Json;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Storage;

/// <summary>/diagnostics/storage counts the storage calls the bot made, so the benchmark can report blob calls per turn.</summary>
public sealed class StorageDiagnosticsEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    protected override IDictionary<string, string?> BotSettings => azurite.BotSettings(azurite.ContainerName);

    private async Task<StorageCallCounts> CountsAsync()
    {
        using var client = Bot.CreateClient();
        return (await client.GetFromJsonAsync<StorageCallCounts>(StorageDiagnosticsEndpoint.Path))!;
    }

    /// <summary>The counts once the bot's start-up work (the scheduler's first look, the purge's first check) has stopped adding to them.</summary>
    private async Task<StorageCallCounts> SettledCountsAsync()
    {
        var counts = await CountsAsync();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await Task.Delay(100);
            var again = await CountsAsync();
            if (again.Operations.Values.Sum() == counts.Operations.Values.Sum() && again.BlobRequests.Values.Sum() == counts.BlobRequests.Values.Sum()) return again;
            counts = again;
        }
        return counts;
    }

    [Fact]
    public async Task A_turn_shows_up_as_the_blob_requests_and_store_calls_it_made()
    {
        var before = await SettledCountsAsync();

        // "help" in a new 1:1 chat: the dialog state is read (there is none), the conversation reference is written once.
        await new DialogConversation(Bot, Channel).SayAsync("help");

        var after = await CountsAsync();
        Assert.Equal(1, after.BlobRequests.GetValueOrDefault("GET") - before.BlobRequests.GetValueOrDefault("GET"));
        Assert.Equal(1, after.BlobRequests.GetValueOrDefault("PUT") - before.BlobRequests.GetValueOrDefault("PUT"));
        Assert.Equal(1, after.Operations.GetValueOrDefault("read") - before.Operations.GetValueOrDefault("read"));
        Assert.Equal(1, after.Operations.GetValueOrDefault("write") - before.Operations.GetValueOrDefault("write"));
    }

    [Fact]
    public async Task With_a_MicrosoftAppId_it_is_not_there()
    {
        using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "6a2c1f4e-8d3b-4b7a-9c5e-1f2a3b4c5d6e",
            ["MicrosoftAppPassword"] = "not-used-in-this-test",
        });
        using var client = bot.CreateClient();

        var response = await client.GetAsync(StorageDiagnosticsEndpoint.Path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
