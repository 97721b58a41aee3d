using CoalitionBot.BrowserTests.Infrastructure;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>A download link the bot hands out locally opens on the host the page was opened on (here localhost, not the bot's socket address).</summary>
[Collection(ChromiumCollection.Name)]
public sealed class DownloadLinkChatTests(Chromium chromium) : IAsyncLifetime
{
    private readonly LocalBot bot = new();
    private CoalitionBot.BrowserTests.Infrastructure.ChatPage chat = null!;

    public async Task InitializeAsync() =>
        chat = await CoalitionBot.BrowserTests.Infrastructure.ChatPage.OpenAsync(chromium.Browser, new Uri($"http://localhost:{bot.BaseAddress.Port}/"));

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task The_my_data_link_uses_the_host_the_page_was_opened_on()
    {
        await chat.SendAsync("mijn gegevens");

        var card = await chat.WaitForCardWithTextAsync("Mijn gegevens");
        // Web Chat opens an Action.OpenUrl with window.open: note where it goes.
        await chat.Page.EvaluateAsync("() => { window.open = url => { window.openedUrl = String(url); return null; }; }");
        await card.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Download als JSON" }).ClickAsync();

        var url = await chat.Page.WaitForFunctionAsync("() => window.openedUrl");
        Assert.StartsWith($"http://localhost:{bot.BaseAddress.Port}/", await url.JsonValueAsync<string>());
    }
}
