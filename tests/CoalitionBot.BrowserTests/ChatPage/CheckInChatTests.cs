using System.Globalization;
using CoalitionBot.BrowserTests.Infrastructure;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.LocalChannel;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>A coalition played in the browser: three members fill in the check-in form in the team channel.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class CheckInChatTests(Chromium chromium) : IAsyncLifetime
{
    private static readonly string[] AspectLabels = ["Ambitie:", "Belangen:", "Relatie:", "Proces:", "Organisatie:"];
    private readonly LocalBot bot = new();
    private Infrastructure.ChatPage chat = null!;

    public async Task InitializeAsync() => chat = await Infrastructure.ChatPage.OpenAsync(chromium.Browser, bot.BaseAddress);

    public async Task DisposeAsync()
    {
        await chat.DisposeAsync();
        await bot.DisposeAsync();
    }

    [Fact]
    public async Task Three_members_check_in_in_the_team_channel()
    {
        await chat.UseConversationAsync(teamChannel: true);
        await chat.WaitForTextAsync("Hallo allemaal!");
        var members = new[] { ("Katinka Jansen", 7), ("Ahmed el Amrani", 8), ("Sanne de Vries", 6) };

        foreach (var (member, score) in members)
        {
            await chat.ActAsAsync(member);
            var confirmationsBefore = await chat.AllCards.Filter(new() { HasText = "je check-in voor ronde" }).CountAsync();
            await chat.SendAsync("checkin");
            await chat.WaitForCardWithTextAsync("Geef elk aspect een cijfer");
            foreach (var label in AspectLabels) await chat.FillCardInputAsync(label, score.ToString(CultureInfo.InvariantCulture));
            await chat.FillCardInputAsync("Wat is nu het lastigste punt", $"knelpunt van {member}");
            await chat.FillCardInputAsync("Wat is de volgende stap", "Werksessie plannen");
            await chat.ClickCardButtonAsync("Versturen");
            // The confirmation replaces this member's form.
            await chat.AllCards.Filter(new() { HasText = "je check-in voor ronde" }).Nth(confirmationsBefore).WaitForAsync();
        }
        // Every form became its confirmation: no form is left once Web Chat has caught up.
        await chat.AllCards.Filter(new() { HasText = "Geef elk aspect een cijfer" }).First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await chat.ScreenshotAsync("team-channel-three-check-ins");

        var rounds = bot.Services.GetRequiredService<CheckInRounds>();
        var round = await rounds.GetAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId), rounds.CurrentRoundId(), CancellationToken.None);
        Assert.Equal(members.Select(m => $"knelpunt van {m.Item1}").Order(), round!.Answers.Values.Select(a => a.Bottleneck).Order());
    }
}
