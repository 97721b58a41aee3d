using CoalitionBot.BrowserTests.Infrastructure;
using CoalitionBot.Coalitions;
using CoalitionBot.LocalChannel;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>
/// The sample coalition is what the page and the README say, whoever opens the page first: Marieke Bos its lead, Joost van
/// Dijk its admin, everyone else a member, also a member who starts in the team channel.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SampleCoalitionChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    [Fact]
    public async Task The_lead_and_the_admin_are_who_the_page_names_though_a_member_opened_it_first()
    {
        // Katinka opened the page (ChatPageTestsBase), and is a member all the same.
        Assert.Equal(["Katinka Jansen", "Ahmed el Amrani", "Sanne de Vries", "Marieke Bos (trekker)", "Joost van Dijk (beheerder)"],
            await Chat.Page.Locator("#user option").AllInnerTextsAsync());
        await Chat.SendAsync("herinnering");
        await Chat.WaitForBotTextAsync("Alleen beheerders van de coalitie plannen herinneringen");

        await Chat.ActAsAsync("Marieke Bos");
        await Chat.SendAsync("samenvatting");
        await Chat.WaitForCardWithTextAsync("Samenvatting van de coalitie");

        await Chat.ActAsAsync("Joost van Dijk");
        await Chat.SendAsync("herinnering");
        await Chat.WaitForCardWithTextAsync("Er zijn nog geen herinneringen");

        var coalition = await Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId), CancellationToken.None);
        Assert.Equal(CoalitionRole.Member, coalition!.RoleOf("katinka-jansen"));
        await Chat.ScreenshotAsync("sample-coalition-admin");
    }

    [Fact]
    public async Task A_role_given_with_rollen_shows_in_the_list_of_people()
    {
        await Bot.Services.GetRequiredService<CoalitionStore>().ChangeExistingAsync(new CoalitionId(LocalTeam.TenantId, LocalTeam.TeamId),
            c => c.WithMember("sanne-de-vries", "Sanne de Vries", null, CoalitionRole.Lead), CancellationToken.None);

        await Chat.UseLanguageAsync("en-US");

        Assert.Contains("Sanne de Vries (lead)", await Chat.Page.Locator("#user option").AllInnerTextsAsync());
    }

    [Fact]
    public async Task A_member_who_starts_in_the_team_channel_is_a_member()
    {
        await Chat.UseConversationAsync(teamChannel: true);
        await Chat.ActAsAsync("Ahmed el Amrani"); // Ahmed's first conversation is the channel; he writes nothing there

        await Chat.UseConversationAsync(teamChannel: false);
        await Chat.SendAsync("checkin");

        await Chat.WaitForCardWithTextAsync("Versturen");
        Assert.DoesNotContain("nog niet bij een coalitie", await Chat.Page.InnerTextAsync("body"));
    }
}
