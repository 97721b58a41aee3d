using System.Globalization;
using CoalitionBot.BrowserTests.Infrastructure;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.LocalChannel;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>A coalition played in the browser: three members fill in the check-in form in the team channel.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class CheckInChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    private static readonly string[] AspectLabels = ["Ambitie:", "Belangen:", "Relatie:", "Proces:", "Organisatie:"];

    [Fact]
    public async Task Three_members_check_in_in_the_team_channel()
    {
        await Chat.UseConversationAsync(teamChannel: true);
        await Chat.WaitForTextAsync("Hallo allemaal!");
        var members = new[] { ("Katinka Jansen", 7), ("Ahmed el Amrani", 8), ("Sanne de Vries", 6) };

        foreach (var (member, score) in members)
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
        await Chat.ScreenshotAsync("team-channel-three-check-ins");

        var rounds = Bot.Services.GetRequiredService<CheckInRounds>();
        var round = await rounds.GetAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId), rounds.CurrentRoundId(), CancellationToken.None);
        Assert.Equal(members.Select(m => $"knelpunt van {m.Item1}").Order(), round!.Answers.Values.Select(a => a.Bottleneck).Order());
    }
}
