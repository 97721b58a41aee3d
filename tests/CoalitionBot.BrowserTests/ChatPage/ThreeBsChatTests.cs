using CoalitionBot.BrowserTests.Infrastructure;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>The 3 B's form in a member's 1:1 chat on the chat page: filled in, sent, replaced by its confirmation.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ThreeBsChatTests(Chromium chromium) : IAsyncLifetime
{
    private readonly LocalBot bot = new();
    private Infrastructure.ChatPage chat = null!;

    public async Task InitializeAsync() => chat = await Infrastructure.ChatPage.OpenAsync(chromium.Browser, bot.BaseAddress);

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task A_member_describes_a_new_partner_with_the_form()
    {
        await chat.WaitForTextAsync("Hallo Katinka Jansen!");

        await chat.SendAsync("3b");
        await chat.WaitForCardWithTextAsync("Beschrijf vanuit jouw blik");
        await chat.FillCardInputAsync("Naam van de nieuwe partner", "GGD Hollands Midden");
        await chat.ChooseCardOptionAsync("Uitvoerder");
        await chat.FillCardInputAsync("Bedoeling:", "Elk kind een gezonde start");
        await chat.FillCardInputAsync("Belang:", "Minder gezondheidsverschillen");
        await chat.FillCardInputAsync("Bijdrage:", "Jeugdverpleegkundigen en cijfers");
        await chat.FillCardInputAsync("Invloed:", "4");
        await chat.FillCardInputAsync("Betrokkenheid:", "5");
        await chat.ChooseCardOptionAsync("Steunend");
        await chat.ScreenshotAsync("three-bs-form-filled");
        await chat.ClickCardButtonAsync("Versturen");

        await chat.WaitForCardWithTextAsync("je beschrijving van GGD Hollands Midden is opgeslagen");
        await chat.AllCards.Filter(new() { HasText = "Naam van de nieuwe partner" }).First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await chat.ScreenshotAsync("three-bs-confirmation");

        await chat.SendAsync("partners");
        await chat.WaitForCardWithTextAsync("GGD Hollands Midden");
    }
}
