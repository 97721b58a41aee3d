using System.Text.Json;
using CoalitionBot.BrowserTests.Infrastructure;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>
/// The chat page at http://localhost:3978/ as a newcomer uses it: Microsoft's Web Chat, the bot's local
/// Direct Line channel, the real bot behind it. Each test gets its own bot, so its conversations start empty.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class ChatPageTests(Chromium chromium) : IAsyncLifetime
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
    public async Task A_new_member_is_welcomed_and_help_is_answered_in_Dutch()
    {
        await chat.WaitForTextAsync("Hallo Katinka Jansen!");

        await chat.SendAsync("help");

        var help = await chat.WaitForBotTextAsync("demo");
        Assert.Contains("annuleer", help);
        await chat.ScreenshotAsync("chat-help-nl");
    }

    [Fact]
    public async Task The_demo_form_is_submitted_and_replaced_by_its_confirmation()
    {
        await chat.SendAsync("demo");
        await chat.FillCardInputAsync("Voor welke organisatie werk je", "GGD Hollands Midden");
        await chat.ChooseCardOptionAsync("Uitvoerder");
        await chat.FillCardInputAsync("Hoeveel uur per maand", "12");
        await chat.ScreenshotAsync("demo-form-filled");

        await chat.ClickCardButtonAsync("Versturen");

        var confirmation = await chat.WaitForCardWithTextAsync("je kennismaking is opgeslagen");
        Assert.Contains("GGD Hollands Midden", await confirmation.InnerTextAsync());
        Assert.Contains("Uitvoerder", await confirmation.InnerTextAsync());
        // Replaced, not added: the form's message now shows the confirmation and nothing can be filled in.
        Assert.Equal(1, await chat.AllCards.CountAsync());
        Assert.Equal(0, await confirmation.Locator("input").CountAsync());
        await chat.ScreenshotAsync("demo-form-confirmed");
    }

    [Fact]
    public async Task The_demo_in_text_mode_asks_one_question_at_a_time()
    {
        await chat.SendAsync("demo tekst");
        await chat.WaitForBotTextAsync("Vraag 1 van 3");

        await chat.SendAsync("Gemeente Leiden");
        Assert.Contains("Beslisser", await chat.WaitForBotTextAsync("Vraag 2 van 3"));

        await chat.SendAsync("1");
        await chat.WaitForBotTextAsync("Vraag 3 van 3");

        await chat.SendAsync("200");
        await chat.WaitForBotTextAsync("Geef een heel getal van 0 tot en met 160");

        await chat.SendAsync("8");
        await chat.WaitForBotTextAsync("je kennismaking is opgeslagen");
        Assert.Equal(0, await chat.AllCards.CountAsync());
        await chat.ScreenshotAsync("demo-text-mode");
    }

    [Fact]
    public async Task Switching_to_English_changes_the_page_and_the_bot()
    {
        await chat.UseLanguageAsync("en-US");

        Assert.Equal("Person", await chat.PageTextAsync("user"));
        await chat.SendAsync("help");
        var help = await chat.WaitForBotTextAsync("demo");
        Assert.Contains("cancel", help);
        Assert.DoesNotContain("annuleer", help);

        await chat.SendAsync("demo");
        await chat.FillCardInputAsync("Which organisation", "Youth health care");
        await chat.ScreenshotAsync("chat-english");
    }

    [Fact]
    public async Task Three_members_talk_to_the_bot_in_the_team_channel_one_after_another()
    {
        await chat.UseConversationAsync(teamChannel: true);
        await chat.WaitForTextAsync("Hallo allemaal!");

        await chat.SendAsync("help"); // the page @mentions the bot, as Teams requires in a channel
        await chat.WaitForBotTextAsync("demo");

        await chat.ActAsAsync("Ahmed el Amrani");
        await chat.WaitForTextAsync("Hallo allemaal!"); // the same channel, its history loaded
        await chat.SendAsync("demo tekst");
        await chat.WaitForBotTextAsync("Vraag 1 van 3");

        await chat.ActAsAsync("Sanne de Vries");
        await chat.SendAsync("demo");
        await chat.FillCardInputAsync("Voor welke organisatie werk je", "Verloskundigenpraktijk De Wieg");
        // Everyone's messages are there, each member's with a name (Web Chat draws all members alike).
        var messages = await chat.MemberMessages.AllInnerTextsAsync();
        Assert.Contains(messages, text => text.Contains("Katinka Jansen: @CoalitionBot help", StringComparison.Ordinal));
        Assert.Contains(messages, text => text.Contains("Ahmed el Amrani: @CoalitionBot demo tekst", StringComparison.Ordinal));
        await chat.ScreenshotAsync("team-channel-three-members");

        var roster = await bot.CreateClient().GetStringAsync("v3/conversations/local-team-general/pagedmembers");
        var names = JsonDocument.Parse(roster).RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("name").GetString());
        Assert.Equal(["Katinka Jansen", "Ahmed el Amrani", "Sanne de Vries"], names);
    }

    [Fact]
    public async Task The_chosen_role_travels_in_every_activity()
    {
        await chat.UseRoleAsync("lead");

        var post = chat.Page.WaitForRequestAsync(request => request.Method == "POST" && request.Url.EndsWith("/activities", StringComparison.Ordinal));
        await chat.SendAsync("help");
        var activity = JsonDocument.Parse((await post).PostData!).RootElement;

        Assert.Equal("lead", activity.GetProperty("channelData").GetProperty("localChannel").GetProperty("role").GetString());
        await chat.WaitForBotTextAsync("demo");
    }
}
