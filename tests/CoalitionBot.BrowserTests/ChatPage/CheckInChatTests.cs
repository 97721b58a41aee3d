using System.Globalization;
using CoalitionBot.BrowserTests.Infrastructure;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.LocalChannel;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>A coalition played in the browser: three members fill in the check-in form in the team channel, and the lead asks for the summary.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class CheckInChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    private static readonly string[] AspectLabels = ["Ambitie:", "Belangen:", "Relatie:", "Proces:", "Organisatie:"];

    private static readonly (string Name, int Score)[] Members = [("Katinka Jansen", 7), ("Ahmed el Amrani", 8), ("Sanne de Vries", 6)];

    [Fact]
    public async Task Three_members_check_in_in_the_team_channel()
    {
        await ThreeMembersCheckInAsync();
        await Chat.ScreenshotAsync("team-channel-three-check-ins");

        var rounds = Bot.Services.GetRequiredService<CheckInRounds>();
        var round = await rounds.GetAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId), rounds.CurrentRoundId(), CancellationToken.None);
        Assert.Equal(Members.Select(m => $"knelpunt van {m.Name}").Order(), round!.Answers.Values.Select(a => a.Bottleneck).Order());
    }

    [Fact]
    public async Task The_lead_asks_for_the_check_in_summary_and_sees_the_figures_and_the_chart()
    {
        await ThreeMembersCheckInAsync();
        await Chat.ActAsAsync("Marieke Bos");
        // The coalition's first member became admin; Marieke (the page's 'marieke-bos') is made lead, as an admin does with 'rollen'.
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId), () => throw new InvalidOperationException("installed"),
            c => c.WithMember("marieke-bos", "Marieke Bos", null, CoalitionRole.Lead), CancellationToken.None);

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
        await Chat.UseConversationAsync(teamChannel: true);
        await Chat.WaitForTextAsync("Hallo allemaal!");
        foreach (var (member, score) in Members)
        {
            await Chat.ActAsAsync(member);
            var confirmationsBefore = await Chat.AllCards.Filter(new() { HasText = "je check-in voor ronde" }).CountAsync();
            await Chat.SendAsync("checkin");
            await Chat.WaitForCardWithTextAsync("Geef elk aspect een cijfer");
            foreach (var label in AspectLabels) await Chat.FillCardInputAsync(label, score.ToString(CultureInfo.InvariantCulture));
            await Chat.FillCardInputAsync("Wat is nu het lastigste punt", $"knelpunt van {member}");
            await Chat.FillCardInputAsync("Wat is de volgende stap", "Werksessie plannen");
            await Chat.ClickCardButtonAsync("Versturen");
            // The confirmation replaces this member's form.
            await Chat.AllCards.Filter(new() { HasText = "je check-in voor ronde" }).Nth(confirmationsBefore).WaitForAsync();
        }
        // Every form became its confirmation: no form is left once Web Chat has caught up.
        await Chat.AllCards.Filter(new() { HasText = "Geef elk aspect een cijfer" }).First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
    }
}
