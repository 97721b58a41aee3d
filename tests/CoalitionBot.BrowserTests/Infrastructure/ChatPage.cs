namespace CoalitionBot.BrowserTests.Infrastructure;

/// <summary>
/// The bot's chat page as a person uses it: choose who you are and where you talk, type messages, fill in
/// and submit the bot's Adaptive Cards, and read what the bot says. Every wait is for something visible on
/// the page (Playwright's auto-waiting), never a fixed delay. New dialogs need only these few verbs.
/// </summary>
public sealed class ChatPage : IAsyncDisposable
{
    // Web Chat 4.18's markup: message bubbles (a member's carry the from-user modifier) and Adaptive Cards.
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string MemberBubbles = ".webchat__bubble.webchat__bubble--from-user";
    private const string Cards = ".ac-adaptiveCard";

    // What came after the member's newest message: Web Chat orders by the channel's timestamps, so older
    // replies (also those loaded with the history after a switch) always stand before it.
    private const string AfterLastMemberMessageScript = """
        ([members, selector, text]) => {
          const all = document.querySelectorAll(members);
          const last = all[all.length - 1];
          // Without a message of the member's (a chat the bot opened for them), anything the bot sent counts.
          return [...document.querySelectorAll(selector)].some(element =>
            (!last || (last.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) && element.innerText.includes(text));
        }
        """;

    private readonly IBrowserContext context;

    private ChatPage(IBrowserContext context, IPage page) => (this.context, Page) = (context, page);

    public IPage Page { get; }

    /// <summary>Opens the page (as the first sample member, in Dutch, in a 1:1 chat) and waits until Web Chat is connected.</summary>
    public static async Task<ChatPage> OpenAsync(IBrowser browser, Uri address)
    {
        var context = await browser.NewContextAsync(new() { Locale = "nl-NL", ViewportSize = new() { Width = 1000, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var chat = new ChatPage(context, page);
        await page.GotoAsync(address.ToString());
        await chat.WaitUntilConnectedAsync();
        return chat;
    }

    /// <summary>Switches to another sample member (by name; the list also shows roles); Web Chat restarts in that member's conversation.</summary>
    public Task ActAsAsync(string memberName) => ChooseAndReconnectAsync("#user", value: memberName.ToLowerInvariant().Replace(' ', '-'));

    /// <summary>"1:1" for the member's own chat with the bot, "channel" for the team channel.</summary>
    public Task UseConversationAsync(bool teamChannel) => ChooseAndReconnectAsync("#conversation", value: teamChannel ? "channel" : "personal");

    /// <summary>"nl-NL" or "en-US": the page's texts and the locale of every activity.</summary>
    public Task UseLanguageAsync(string locale) => ChooseAndReconnectAsync("#language", value: locale);

    /// <summary>Types a message and sends it with Enter, as a person would.</summary>
    public async Task SendAsync(string text)
    {
        var sendBox = Page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync(text);
        await sendBox.PressAsync("Enter");
    }

    /// <summary>Waits for a bot message after the member's newest message that contains the text; returns all its text.</summary>
    public async Task<string> WaitForBotTextAsync(string text)
    {
        await Page.WaitForFunctionAsync(AfterLastMemberMessageScript, new object[] { MemberBubbles, BotBubbles, text });
        return await Page.Locator(BotBubbles).Filter(new() { HasText = text }).Last.InnerTextAsync();
    }

    /// <summary>Waits for any text in the whole transcript, old or new (e.g. a welcome).</summary>
    public Task WaitForTextAsync(string text) => Page.Locator(BotBubbles).Filter(new() { HasText = text }).First.WaitForAsync();

    /// <summary>The newest card, once one has arrived after the member's newest message.</summary>
    public async Task<ILocator> LastCardAsync()
    {
        await Page.WaitForFunctionAsync(AfterLastMemberMessageScript, new object[] { MemberBubbles, Cards, "" });
        return Page.Locator(Cards).Last;
    }

    /// <summary>Fills a text or number input of the newest card, found by its label.</summary>
    public async Task FillCardInputAsync(string label, string value) =>
        await (await LastCardAsync()).GetByLabel(label).FillAsync(value);

    /// <summary>Picks one option (a radio button) of the newest card by its title.</summary>
    public async Task ChooseCardOptionAsync(string title)
    {
        // By its label, as a person clicks it (the renderer's radio names are not unique across choice sets).
        await (await LastCardAsync()).Locator("label").GetByText(title, new() { Exact = true }).ClickAsync();
    }

    /// <summary>Clicks a button (an action) of the newest card.</summary>
    public async Task ClickCardButtonAsync(string title) =>
        await (await LastCardAsync()).GetByRole(AriaRole.Button, new() { Name = title, Exact = true }).ClickAsync();

    /// <summary>The card that shows the text, once it is there (e.g. a confirmation that replaced a form).</summary>
    public async Task<ILocator> WaitForCardWithTextAsync(string text)
    {
        var card = Page.Locator(Cards).Filter(new() { HasText = text });
        await card.First.WaitForAsync();
        return card.First;
    }

    public ILocator AllCards => Page.Locator(Cards);

    public ILocator MemberMessages => Page.Locator(MemberBubbles);

    public Task ScreenshotAsync(string name) => Screenshots.SaveAsync(Page, name);

    /// <summary>Reads a page text by its dictionary key (data-text), to check the page's own language.</summary>
    public Task<string> PageTextAsync(string key) => Page.Locator($"[data-text='{key}']").First.InnerTextAsync();

    private async Task ChooseAndReconnectAsync(string select, string? label = null, string? value = null)
    {
        var option = label is not null ? new SelectOptionValue { Label = label } : new SelectOptionValue { Value = value };
        await Page.Locator(select).SelectOptionAsync(option);
        await WaitUntilConnectedAsync();
    }

    // The page sets data-chat-state to "connecting" the moment a selection changes, and "online" when Web Chat is.
    private Task WaitUntilConnectedAsync() => Page.Locator("body[data-chat-state='online']").WaitForAsync();

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
