using CoalitionBot.BrowserTests.Infrastructure;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>"3b GGD" for a partner the coalition does not have yet: the name is filled in, and both modes say who is described.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class NewPartnerChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    [Fact]
    public async Task The_form_has_the_new_partners_name_filled_in_and_names_the_partner()
    {
        await Chat.SendAsync("3b GGD Hollands Midden");

        var form = await Chat.WaitForCardWithTextAsync("Beschrijf hoe jij het ziet");
        Assert.Equal("GGD Hollands Midden", await form.GetByLabel("Naam van de nieuwe partner").InputValueAsync());
        Assert.Contains("Over GGD Hollands Midden. Bedoeling", await form.InnerTextAsync());
        await Chat.ScreenshotAsync("three-bs-new-partner-named");
    }

    [Fact]
    public async Task Text_mode_does_not_ask_the_name_again_and_names_the_partner()
    {
        await Chat.SendAsync("3b GGD Hollands Midden tekst");

        Assert.Contains("Welke rol heeft de nieuwe partner", await Chat.WaitForBotTextAsync("Vraag 1 van"));
        await Chat.SendAsync("2 en 3");
        Assert.Contains("Op welk niveau", await Chat.WaitForBotTextAsync("Vraag 2 van"));
        await Chat.SendAsync("2, 3");
        Assert.Contains("eigen organisatie", await Chat.WaitForBotTextAsync("Vraag 3 van"));
        await Chat.SendAsync("1");
        Assert.Contains("Over GGD Hollands Midden. Bedoeling", await Chat.WaitForBotTextAsync("Vraag 4 van"));
    }
}
