using System.Diagnostics;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Faults;

/// <summary>
/// Storage goes down in the middle of dialogs (the test's own Azurite is stopped) and comes back: members are told,
/// in their language, that nothing was saved; everything saved before is intact, and they carry on where they were.
/// </summary>
public sealed class StorageRestartTests : IAsyncLifetime
{
    private static readonly Member Ahmed = new("29:ahmed", "Ahmed el Amrani");
    private AzuriteServer azurite = null!;
    private LoopbackChannel channel = null!;
    private BotApp bot = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync(persistent: true);
        channel = await LoopbackChannel.StartAsync();
        bot = new BotApp(new Dictionary<string, string?> { ["Storage:ConnectionString"] = azurite.ConnectionString, ["Storage:ContainerName"] = "faults" });
    }

    public async Task DisposeAsync()
    {
        bot.Dispose();
        await channel.DisposeAsync();
        await azurite.DisposeAsync();
    }

    private static JsonObject ThreeBs(JsonNode form)
    {
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["partnerName"] = "GGD"; value["partnerRole"] = "Implementer"; value["partnerLevel"] = "Operational";
        value["intention"] = "Gezonde start"; value["interest"] = "Minder zorgkosten"; value["contribution"] = "Data";
        value["expectations"] = "Regie"; value["own"] = "no";
        value["influence"] = "4"; value["involvement"] = "3"; value["attitude"] = "Supportive";
        return value;
    }

    private Task<Dictionary<string, byte[]>> EverythingStoredAsync() => AnotherCoalition.DocumentsUnderAsync(bot.Services.GetRequiredService<IDocumentStore>(), "");

    private static async Task<string> TimedReplyAsync(DialogConversation member, Func<DialogConversation, Task<IReadOnlyList<ConnectorCall>>> send)
    {
        var clock = Stopwatch.StartNew();
        var reply = Assert.Single(await send(member)).Text!;
        // Connections are refused, so the bounded retries give up within seconds, not the SDK's minutes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"The reply took {clock.Elapsed}.");
        return reply;
    }

    [Fact]
    public async Task Storage_going_down_mid_dialog_gets_a_polite_not_saved_and_loses_nothing()
    {
        await CoalitionSetup.InstallAsync(bot, channel, CoalitionSetup.Katinka, Ahmed);
        var katinka = new DialogConversation(bot, channel);
        var form = Assert.Single(await katinka.SayAsync("3b")).Card!;
        var ahmed = new DialogConversation(bot, channel, locale: "en-GB", member: Ahmed);
        await ahmed.SayAsync("checkin text");
        Assert.Contains("Question 2 of 14", Assert.Single(await ahmed.SayAsync("8")).Text);
        var before = await EverythingStoredAsync();

        await azurite.StopAsync();
        Assert.Contains("niet opgeslagen", await TimedReplyAsync(katinka, k => k.SubmitAsync(ThreeBs(form), "card-1")));
        Assert.Contains("not saved", await TimedReplyAsync(ahmed, a => a.SayAsync("Good talks")));
        await azurite.StartAgainAsync();

        AnotherCoalition.AssertUnchanged(before, await EverythingStoredAsync());

        // Both carry on: the same form is accepted now, and the text dialog asks the question after the last one saved.
        Assert.Contains("opgeslagen", Assert.Single(await katinka.SubmitAsync(ThreeBs(form), "card-1")).Card!.ToJsonString());
        Assert.Contains("Question 3 of 14", Assert.Single(await ahmed.SayAsync("Good talks")).Text);
        var partner = Assert.Single((await bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!.Partners);
        var described = await bot.Services.GetRequiredService<ThreeBsStore>().GetAsync(CoalitionSetup.Id, partner.Id, CancellationToken.None);
        Assert.Equal("Gezonde start", described!.ByMember[CoalitionSetup.Katinka.UserId].Current.Intention);
    }
}
