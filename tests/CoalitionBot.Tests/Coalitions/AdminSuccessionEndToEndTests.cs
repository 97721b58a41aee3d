using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>
/// A coalition always has an admin: when the last one erases their data or leaves the team, the lead who joined first
/// takes over, else the member who joined first; a coalition stored without one gets one at its next team event or command.
/// </summary>
public sealed class AdminSuccessionEndToEndTests : BotAndChannelTests
{
    private static readonly Member Admin = CoalitionSetup.Installer;
    private static readonly Member Ahmed = new("29:ahmed", "Ahmed el Amrani");
    private static readonly Member Sanne = new("29:sanne", "Sanne de Vries");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka, Ahmed, Sanne);
    }

    private async Task<Coalition> CoalitionAsync() =>
        (await Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!;

    private static JsonObject FormData(JsonNode card) => card["actions"]![0]!["data"]!.DeepClone().AsObject();

    private async Task MakeLeadAsync(Member member)
    {
        var admin = new DialogConversation(Bot, Channel, member: Admin);
        var value = FormData((await admin.SayAsync("rollen", expectedCalls: 2))[1].Card!);
        value["member"] = member.UserId;
        value["role"] = "Lead";
        await admin.SubmitAsync(value, "card-roles");
    }

    /// <summary>Teams' conversationUpdate in the team's channel when people join or leave the team.</summary>
    private async Task TeamMembersChangedAsync(string eventType, string list, Member member)
    {
        var activity = TeamsFixtures.Load("conversationUpdate-bot-added-to-team.json", Channel.ServiceUrl);
        activity.Remove("membersAdded");
        activity[list] = new JsonArray(new JsonObject { ["id"] = member.UserId, ["name"] = member.Name });
        activity["channelData"]!["eventType"] = eventType;
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostActivityAsync(activity)).StatusCode);
    }

    /// <summary>A coalition as stored before the succession rule: its last admin went and nobody took over.</summary>
    private Task StoreWithoutAdminAsync(params CoalitionMember[] members) =>
        Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException("installed"),
            c => c with { Members = members }, CancellationToken.None);

    /// <summary>An admin gets the roles form after the overview (anyone else only the overview).</summary>
    private async Task AssertGetsTheRolesFormAsync(Member member)
    {
        var replies = await new DialogConversation(Bot, Channel, member: member).SayAsync("rollen", expectedCalls: 2);
        Assert.Contains("\"id\":\"member\"", replies[1].Card!.ToJsonString());
    }

    [Fact]
    public async Task When_the_only_admin_erases_their_data_the_lead_who_joined_first_becomes_admin()
    {
        await MakeLeadAsync(Sanne);
        await MakeLeadAsync(Ahmed);
        var admin = new DialogConversation(Bot, Channel, member: Admin);
        var confirm = FormData(Assert.Single(await admin.SayAsync("verwijder mijn gegevens")).Card!);
        confirm["confirm"] = "yes";
        await admin.SubmitAsync(confirm, "card-delete");

        var coalition = await CoalitionAsync();
        Assert.Null(coalition.Member(Admin.UserId));
        Assert.Equal(CoalitionRole.Admin, coalition.RoleOf(Ahmed.UserId)); // joined before Sanne
        Assert.Equal(CoalitionRole.Lead, coalition.RoleOf(Sanne.UserId));
        await AssertGetsTheRolesFormAsync(Ahmed);
    }

    [Fact]
    public async Task When_the_only_admin_leaves_the_team_the_lead_becomes_admin()
    {
        await MakeLeadAsync(Sanne);

        await TeamMembersChangedAsync("teamMemberRemoved", "membersRemoved", Admin);

        var coalition = await CoalitionAsync();
        Assert.Null(coalition.Member(Admin.UserId));
        Assert.Equal(CoalitionRole.Admin, coalition.RoleOf(Sanne.UserId));
        await AssertGetsTheRolesFormAsync(Sanne);
    }

    [Fact]
    public async Task A_coalition_stored_without_an_admin_gets_one_at_its_next_team_event()
    {
        await StoreWithoutAdminAsync(new CoalitionMember(CoalitionSetup.Katinka.UserId, CoalitionSetup.Katinka.Name), new CoalitionMember(Ahmed.UserId, Ahmed.Name));

        await TeamMembersChangedAsync("teamMemberAdded", "membersAdded", Sanne);

        var coalition = await CoalitionAsync();
        Assert.Equal(CoalitionRole.Admin, coalition.RoleOf(CoalitionSetup.Katinka.UserId)); // no lead: the member who joined first
        Assert.Equal([CoalitionRole.Admin, CoalitionRole.Member, CoalitionRole.Member], coalition.Members.Select(m => m.Role));
    }

    [Fact]
    public async Task A_coalition_stored_without_an_admin_gets_one_when_a_command_reads_it()
    {
        await StoreWithoutAdminAsync(new CoalitionMember(CoalitionSetup.Katinka.UserId, CoalitionSetup.Katinka.Name), new CoalitionMember(Ahmed.UserId, Ahmed.Name) { Role = CoalitionRole.Lead });

        await AssertGetsTheRolesFormAsync(Ahmed); // the lead is admin now

        Assert.Equal(CoalitionRole.Admin, (await CoalitionAsync()).RoleOf(Ahmed.UserId));
    }
}
