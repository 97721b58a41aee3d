namespace CoalitionBot.BrowserTests.Infrastructure;

/// <summary>
/// Base of tests through the chat page: a fresh bot (<see cref="Bot"/>) with its own empty conversations,
/// and the page (<see cref="Chat"/>) open in the shared Chromium, for every test.
/// Derived classes carry [Collection(ChromiumCollection.Name)] themselves, so they share the browser.
/// </summary>
public abstract class ChatPageTestsBase(Chromium chromium) : IAsyncLifetime
{
    protected LocalBot Bot { get; } = new();
    protected ChatPage Chat { get; private set; } = null!;

    public async Task InitializeAsync() => Chat = await ChatPage.OpenAsync(chromium.Browser, Bot.BaseAddress);

    public async Task DisposeAsync()
    {
        await Chat.DisposeAsync();
        await Bot.DisposeAsync();
    }
}
