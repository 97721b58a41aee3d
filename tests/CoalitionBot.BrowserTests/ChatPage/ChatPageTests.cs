using System.Text.Json;
using CoalitionBot.BrowserTests.Infrastructure;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>
/// The chat page at http://localhost:3978/ as a newcomer uses it: Microsoft's Web Chat, the bot's local
/// Direct Line channel, the real bot behind it. Each test gets its own bot, so its conversations start empty.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ChatPageTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    [Fact]
    public async Task A_new_member_is_welcomed_and_help_is_answered_in_Dutch()
    {
        await Chat.WaitForTextAsync("Hallo Katinka Jansen!");

        await Chat.SendAsync("help");

        var help = await Chat.WaitForBotTextAsync("demo");
        Assert.Contains("annuleer", help);
        await Chat.ScreenshotAsync("chat-help-nl");
    }

    [Fact]
    public async Task On_the_Dutch_page_a_screen_reader_hears_the_time_of_a_message_on_a_24_hour_clock()
    {
        await Chat.SendAsync("help");
        await Chat.WaitForBotTextAsync("demo");

        var spoken = await Chat.Page.Locator("#webchat").EvaluateAsync<string>("e => e.textContent");

        Assert.Matches(@"Verzonden om \d{1,2} \w+ om \d{1,2}:\d\d", spoken);
        Assert.DoesNotMatch(@"\d:\d\d\s[ap]\.m\.", spoken);
    }

    [Fact]
    public async Task The_demo_form_is_submitted_and_replaced_by_its_confirmation()
    {
        await Chat.SendAsync("demo");
        await Chat.FillCardInputAsync("Voor welke organisatie werk je", "GGD Hollands Midden");
        await Chat.ChooseCardOptionAsync("Uitvoerder");
        await Chat.FillCardInputAsync("Hoeveel uur per maand", "12");
        await Chat.ScreenshotAsync("demo-form-filled");

        await Chat.ClickCardButtonAsync("Versturen");

        var confirmation = await Chat.WaitForCardWithTextAsync("je kennismaking is opgeslagen");
        Assert.Contains("GGD Hollands Midden", await confirmation.InnerTextAsync());
        Assert.Contains("Uitvoerder", await confirmation.InnerTextAsync());
        // Replaced, not added: the form's message now shows the confirmation and nothing can be filled in.
        Assert.Equal(1, await Chat.AllCards.CountAsync());
        Assert.Equal(0, await confirmation.Locator("input").CountAsync());
        await Chat.ScreenshotAsync("demo-form-confirmed");
    }

    [Fact]
    public async Task The_demo_in_text_mode_asks_one_question_at_a_time()
    {
        await Chat.SendAsync("demo tekst");
        await Chat.WaitForBotTextAsync("Vraag 1 van 3");

        await Chat.SendAsync("Gemeente Leiden");
        Assert.Contains("Beslisser", await Chat.WaitForBotTextAsync("Vraag 2 van 3"));

        await Chat.SendAsync("1");
        await Chat.WaitForBotTextAsync("Vraag 3 van 3");

        await Chat.SendAsync("200");
        await Chat.WaitForBotTextAsync("Geef een heel getal van 0 tot en met 160");

        await Chat.SendAsync("8");
        await Chat.WaitForBotTextAsync("je kennismaking is opgeslagen");
        Assert.Equal(0, await Chat.AllCards.CountAsync());
        await Chat.ScreenshotAsync("demo-text-mode");
    }

    [Fact]
    public async Task Switching_to_English_changes_the_page_and_the_bot()
    {
        await Chat.UseLanguageAsync("en-US");

        Assert.Equal("Person", await Chat.PageTextAsync("user"));
        await Chat.SendAsync("help");
        var help = await Chat.WaitForBotTextAsync("demo");
        Assert.Contains("cancel", help);
        Assert.DoesNotContain("annuleer", help);

        await Chat.SendAsync("demo");
        await Chat.FillCardInputAsync("Which organisation", "Youth health care");
        await Chat.ScreenshotAsync("chat-english");
    }

    [Fact]
    public async Task After_choosing_a_language_with_taal_the_pages_language_choice_still_changes_the_bots()
    {
        await Chat.SendAsync("taal nl"); // the bot now keeps Dutch over the client's language
        await Chat.WaitForBotTextAsync("Nederlands");

        await Chat.UseLanguageAsync("en-US");

        await Chat.WaitForBotTextAsync("English");
        await Chat.SendAsync("help");
        var help = await Chat.WaitForBotTextAsync("cancel");
        Assert.DoesNotContain("annuleer", help);
    }

    [Fact]
    public async Task Three_members_talk_to_the_bot_in_the_team_channel_one_after_another()
    {
        await Chat.UseConversationAsync(teamChannel: true);
        await Chat.WaitForTextAsync("Hallo allemaal!");

        await Chat.SendAsync("help"); // the page @mentions the bot, as Teams requires in a channel
        await Chat.WaitForBotTextAsync("demo");

        await Chat.ActAsAsync("Ahmed el Amrani");
        await Chat.WaitForTextAsync("Hallo allemaal!"); // the same channel, its history loaded
        await Chat.SendAsync("demo tekst");
        // A questionnaire asked in the channel is answered in the member's own chat.
        await Chat.WaitForBotTextAsync("Ik heb je een persoonlijk bericht gestuurd.");

        await Chat.ActAsAsync("Sanne de Vries");
        await Chat.SendAsync("help");
        // Everyone's messages are there, each other member's with a name and on the left as in Teams; only Sanne's own on the right.
        await Chat.WaitForBotTextAsync("demo");
        var others = await Chat.Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)").AllInnerTextsAsync();
        Assert.Contains(others, text => text.Contains("Katinka Jansen: @CoalitionBot help", StringComparison.Ordinal));
        Assert.Contains(others, text => text.Contains("Ahmed el Amrani: @CoalitionBot demo tekst", StringComparison.Ordinal));
        Assert.All(await Chat.MemberMessages.AllInnerTextsAsync(), text => Assert.DoesNotContain("Jansen", text, StringComparison.Ordinal));
        // No avatar with Sanne's initials beside anyone else's message.
        Assert.Equal(0, await Chat.Page.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .webchat__initialsAvatar", new() { HasText = "SV" }).CountAsync());
        Assert.DoesNotContain("Vraag 1 van 3", await Chat.Page.InnerTextAsync("body"));
        await Chat.ScreenshotAsync("team-channel-three-members");

        await Chat.ActAsAsync("Ahmed el Amrani");
        await Chat.UseConversationAsync(teamChannel: false);
        await Chat.WaitForBotTextAsync("Vraag 1 van 3");

        var roster = await Bot.CreateClient().GetStringAsync("v3/conversations/local-team-general/pagedmembers");
        var names = JsonDocument.Parse(roster).RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString());
        // The whole sample team is on the roster from the start, as in Teams.
        Assert.Equal(["Katinka Jansen", "Ahmed el Amrani", "Sanne de Vries", "Marieke Bos", "Joost van Dijk"], names);
    }
}
