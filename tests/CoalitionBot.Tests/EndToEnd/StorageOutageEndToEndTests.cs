using System.Net;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.EndToEnd;

/// <summary>When storage cannot be reached the user is told nothing was saved; the HTTP call still succeeds.</summary>
public sealed class StorageOutageEndToEndTests : IAsyncLifetime
{
    private LoopbackChannel channel = null!;

    public async Task InitializeAsync() => channel = await LoopbackChannel.StartAsync();

    public async Task DisposeAsync() => await channel.DisposeAsync();

    [Fact]
    public async Task Unreachable_storage_gets_a_polite_not_saved_reply()
    {
        // Port 1 on loopback refuses connections at once: storage is down.
        using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;",
        });
        var activity = TeamsFixtures.Load("message-personal.json", channel.ServiceUrl);
        activity["text"] = "demo";

        var response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await channel.WaitForCallsAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Contains("niet opgeslagen", reply.Text);
    }
}
