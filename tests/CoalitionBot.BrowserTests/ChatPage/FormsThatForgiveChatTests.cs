using CoalitionBot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>
/// Forms that forgive what people do: an optional number left empty, a double click on Versturen, an older form filled in
/// after something else was started, "help" in the middle of a text dialog.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class FormsThatForgiveChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    [Fact]
    public async Task An_empty_optional_number_field_stays_empty_and_the_reminder_is_saved()
    {
        await Chat.ActAsAsync("Joost van Dijk");
        await Chat.SendAsync("herinnering nieuw");
        var form = await Chat.WaitForCardWithTextAsync("Herinnering plannen");
        Assert.Equal("", await form.GetByLabel("Nogmaals na zoveel uur").InputValueAsync());

        await Chat.ClickCardButtonAsync("Versturen");

        await Chat.WaitForCardWithTextAsync("Herinnering 1");
        await Chat.ScreenshotAsync("reminder-saved-without-follow-up");
    }

    [Fact]
    public async Task A_double_click_on_Versturen_saves_once_and_says_nothing_more()
    {
        await Chat.SendAsync("demo");
        await Chat.FillCardInputAsync("Voor welke organisatie werk je", "GGD Hollands Midden");
        await Chat.ChooseCardOptionAsync("Uitvoerder");
        await Chat.FillCardInputAsync("Hoeveel uur per maand", "12");

        await (await Chat.LastCardAsync()).GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).DblClickAsync();

        await Chat.WaitForCardWithTextAsync("je kennismaking is opgeslagen");
        await Chat.SendAsync("help");
        await Chat.WaitForBotTextAsync("Dit kan ik voor je doen");
        Assert.DoesNotContain("er gebeurde net iets anders tegelijk", await Chat.Page.InnerTextAsync("body"));
        Assert.Equal(1, await Chat.AllCards.CountAsync());
    }

    [Fact]
    public async Task An_older_form_filled_in_after_another_was_started_is_taken()
    {
        await Chat.SendAsync("demo");
        var demo = await Chat.WaitForCardWithTextAsync("Kennismaking");
        await Chat.SendAsync("checkin");
        await Chat.WaitForCardWithTextAsync("Geef elk aspect een cijfer");

        await demo.GetByLabel("Voor welke organisatie werk je").FillAsync("Gemeente Leiden");
        await demo.Locator("label").GetByText("Beslisser", new() { Exact = true }).ClickAsync();
        await demo.GetByLabel("Hoeveel uur per maand").FillAsync("8");
        await demo.GetByRole(AriaRole.Button, new() { Name = "Versturen", Exact = true }).ClickAsync();

        var confirmation = await Chat.WaitForCardWithTextAsync("je kennismaking is opgeslagen");
        Assert.Contains("Gemeente Leiden", await confirmation.InnerTextAsync());
        Assert.DoesNotContain("al is afgerond", await Chat.Page.InnerTextAsync("body"));
        await Chat.ScreenshotAsync("older-form-taken");
    }

    [Fact]
    public async Task Help_in_the_middle_of_a_text_dialog_is_help_and_the_question_waits()
    {
        await Chat.SendAsync("demo tekst");
        await Chat.WaitForBotTextAsync("Vraag 1 van 3");

        await Chat.SendAsync("help");

        await Chat.WaitForBotTextAsync("Dit kan ik voor je doen");
        await Chat.WaitForBotTextAsync("Je was nog bezig met");
        await Chat.SendAsync("Gemeente Leiden");
        await Chat.WaitForBotTextAsync("Vraag 2 van 3");
    }
}
