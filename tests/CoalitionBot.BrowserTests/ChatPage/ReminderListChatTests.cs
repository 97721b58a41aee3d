using CoalitionBot.BrowserTests.Infrastructure;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>The reminder list shows each reminder's title whole, on a phone-wide page too.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ReminderListChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    [Fact]
    public async Task The_reminder_list_title_is_not_broken_mid_word()
    {
        await Chat.ActAsAsync("Joost van Dijk");
        await Chat.SendAsync("herinnering nieuw");
        await Chat.WaitForCardWithTextAsync("Herinnering plannen");
        await Chat.ClickCardButtonAsync("Versturen");
        await Chat.WaitForCardWithTextAsync("Herinnering 1");
        await Chat.Page.SetViewportSizeAsync(400, 800);

        await Chat.SendAsync("herinnering");

        var list = await Chat.WaitForCardWithTextAsync("plant er een");
        var title = list.GetByText("Herinnering 1", new() { Exact = true });
        // One line: its text makes one line box.
        var lines = await title.EvaluateAsync<int>("e => { const r = document.createRange(); r.selectNodeContents(e); return r.getClientRects().length; }");
        Assert.Equal(1, lines);
        await Chat.ScreenshotAsync("reminder-list-narrow");
    }
}
