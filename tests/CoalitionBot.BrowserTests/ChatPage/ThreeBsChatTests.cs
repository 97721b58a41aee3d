using CoalitionBot.BrowserTests.Infrastructure;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>The 3 B's form in a member's 1:1 chat on the chat page: filled in, sent, replaced by its confirmation.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class ThreeBsChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    [Fact]
    public async Task A_member_describes_a_new_partner_with_its_roles_and_levels_with_the_form()
    {
        await Chat.WaitForTextAsync("Hallo Katinka Jansen!");

        await Chat.SendAsync("3b");
        await Chat.WaitForCardWithTextAsync("Beschrijf hoe jij het ziet");
        await Chat.FillCardInputAsync("Naam van de nieuwe partner", "GGD Hollands Midden");
        // Checkboxes: a partner may hold several roles and take part at several levels.
        await Chat.ChooseCardOptionAsync("Uitvoerder");
        await Chat.ChooseCardOptionAsync("Financier of leverancier");
        await Chat.ChooseCardOptionAsync("Tactisch (management, teamleiders)");
        await Chat.ChooseCardOptionAsync("Uitvoerend (de professionals in het werk)");
        await Chat.FillCardInputAsync("Bedoeling:", "Elk kind een gezonde start");
        await Chat.FillCardInputAsync("Belang:", "Minder gezondheidsverschillen");
        await Chat.FillCardInputAsync("Bijdrage:", "Jeugdverpleegkundigen en cijfers");
        await Chat.FillCardInputAsync("Verwachtingen:", "Dat de gemeente de regie houdt");
        await Chat.FillCardInputAsync("Invloed:", "4");
        await Chat.FillCardInputAsync("Betrokkenheid:", "5");
        await Chat.ChooseCardOptionAsync("Steunend");
        await Chat.ScreenshotAsync("three-bs-form-filled");
        await Chat.ClickCardButtonAsync("Versturen");

        await Chat.WaitForCardWithTextAsync("je beschrijving van GGD Hollands Midden is opgeslagen");
        await Chat.AllCards.Filter(new() { HasText = "Naam van de nieuwe partner" }).First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await Chat.ScreenshotAsync("three-bs-confirmation");

        await Chat.SendAsync("partners");
        await Chat.WaitForCardWithTextAsync("Uitvoerder, Financier of leverancier · Tactisch, Uitvoerend");
    }
}
