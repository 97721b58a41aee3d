using System.Globalization;
using CoalitionBot.BrowserTests.Infrastructure;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.LocalChannel;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>
/// A coalition played in the browser: three members ask for the check-in in the team channel and fill it in in their own
/// chat (where the channel points them), and the lead asks for the summary in the channel.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class CheckInChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    private static readonly string[] AspectLabels = ["Ambitie:", "Belangen:", "Relatie:", "Proces:", "Organisatie:"];

    private static readonly (string Name, int Score)[] Members = [("Katinka Jansen", 7), ("Ahmed el Amrani", 8), ("Sanne de Vries", 6)];

    [Fact]
    public async Task Three_members_asked_in_the_team_channel_check_in_in_their_own_chat()
    {
        await ThreeMembersCheckInAsync();
        await Chat.ScreenshotAsync("personal-chat-check-in-confirmed");

        var rounds = Bot.Services.GetRequiredService<CheckInStore>();
        var round = await rounds.OpenRoundAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId), CancellationToken.None);
        Assert.Equal(Members.Select(m => $"knelpunt van {m.Name}").Order(), round!.Answers.Values.Select(a => a.Bottleneck).Order());
    }

    [Fact]
    public async Task The_lead_asks_for_the_check_in_summary_and_sees_the_figures_and_the_chart()
    {
        await ThreeMembersCheckInAsync();
        await Chat.ActAsAsync("Marieke Bos");
        await Chat.UseConversationAsync(teamChannel: true);
        // The coalition's first member became admin; Marieke (the page's 'marieke-bos') is made lead, as an admin does with 'rollen'.
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId), () => throw new InvalidOperationException("installed"),
            c => c.WithMember("marieke-bos", "Marieke Bos", null, CoalitionRole.Lead), CancellationToken.None);

        // A round's figures show once it has closed (ronde sluit, tested end to end with the bot's own tests).
        await Bot.Services.GetRequiredService<CheckInStore>().CloseAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId), CancellationToken.None);
        await Chat.SendAsync("samenvatting checkin");

        var card = await Chat.WaitForCardWithTextAsync("Samenvatting check-in");
        var text = await card.InnerTextAsync();
        Assert.Contains("de cijfers tellen 3 antwoorden", text);
        Assert.Contains("7,0 (3 antwoorden)", text); // every aspect: 7, 8 and 6; lowest and highest only from 5 answers
        var chart = card.Locator("img[src^='data:image/png;base64,']").First;
        await chart.WaitForAsync();
        Assert.True(await chart.EvaluateAsync<int>("img => img.naturalWidth") > 0);
        await Chat.ScreenshotAsync("team-channel-check-in-summary");
    }

    private async Task ThreeMembersCheckInAsync()
    {
        foreach (var (member, score) in Members)
        {
            await Chat.ActAsAsync(member);
            await Chat.UseConversationAsync(teamChannel: true);
            await Chat.SendAsync("checkin");
            await Chat.WaitForBotTextAsync("Ik heb je een persoonlijk bericht gestuurd.");
            // Nothing of the form, let alone the answers, is in the channel.
            Assert.Equal(0, await Chat.AllCards.Filter(new() { HasText = "Geef elk aspect een cijfer" }).CountAsync());

            await Chat.UseConversationAsync(teamChannel: false);
            await Chat.WaitForCardWithTextAsync("Geef elk aspect een cijfer");
            foreach (var label in AspectLabels) await Chat.FillCardInputAsync(label, score.ToString(CultureInfo.InvariantCulture));
            await Chat.FillCardInputAsync("Welk rapportcijfer", score.ToString(CultureInfo.InvariantCulture));
            await Chat.FillCardInputAsync("Wat is nu het lastigste punt", $"knelpunt van {member}");
            await Chat.FillCardInputAsync("Wat is de volgende stap", "Werksessie plannen");
            await Chat.ClickCardButtonAsync("Versturen");
            // The confirmation, with the member's own scores, replaces the form in their own chat.
            await Chat.WaitForCardWithTextAsync("je check-in voor de ronde");
            await Chat.AllCards.Filter(new() { HasText = "Geef elk aspect een cijfer" }).First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        }
    }
}
