using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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

    [Fact]
    public async Task Storage_that_accepts_but_never_answers_gets_the_reply_within_seconds()
    {
        // A storage endpoint that takes connections and then says nothing, as when packets are dropped.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<TcpClient>();
        _ = Task.Run(async () => { while (true) held.Add(await silent.AcceptTcpClientAsync()); });
        using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = AzuriteServer.ConnectionStringFor(((IPEndPoint)silent.LocalEndpoint).Port),
        });
        var activity = TeamsFixtures.Load("message-personal.json", channel.ServiceUrl);
        activity["text"] = "demo";
        activity["locale"] = "en-US";

        var clock = Stopwatch.StartNew();
        var response = await bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(12), $"The turn took {clock.Elapsed}."); // Teams waits 15 s
        var reply = Assert.Single(await channel.WaitForCallsAsync(1));
        Assert.Contains("not saved", reply.Text);
        foreach (var client in held.ToList()) client.Dispose();
    }
}
