using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Roles;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>Admins grant and revoke lead and admin with the roles command and its card; others only see who has which role.</summary>
public sealed class RolesEndToEndTests : BotAndChannelTests
{
    /// <summary>The installer in conversationUpdate-bot-added-to-team.json: the coalition's first admin.</summary>
    private static readonly Member Installer = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private async Task<Coalition> CoalitionAsync() =>
        (await Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!;

    private static JsonObject Choose(JsonNode form, string memberId, string role)
    {
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["member"] = memberId;
        value["role"] = role;
        return value;
    }

    [Fact]
    public async Task An_admin_makes_a_member_lead_and_the_overview_shows_it()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);

        var replies = await admin.SayAsync("rollen", expectedCalls: 2);
        Assert.Contains("Beheerder", replies[0].Card!.ToJsonString());
        var form = replies[1].Card!;
        var confirmation = Assert.Single(await admin.SubmitAsync(Choose(form, CoalitionSetup.Katinka.UserId, "Lead"), "card-1"));

        Assert.Contains("Katinka Jansen is nu Trekker", confirmation.Card!.ToJsonString());
        Assert.Equal(CoalitionRole.Lead, (await CoalitionAsync()).RoleOf(CoalitionSetup.Katinka.UserId));
    }

    [Fact]
    public async Task A_member_sees_the_roles_but_gets_no_form_and_cannot_forge_one()
    {
        var katinka = new DialogConversation(Bot, Channel);

        var overview = Assert.Single(await katinka.SayAsync("roles")).Card!.ToJsonString();
        Assert.Contains("Alleen een beheerder", overview);

        var forged = new JsonObject { ["dialog"] = RolesDialog.DialogId, ["form"] = "guessed", ["member"] = CoalitionSetup.Katinka.UserId, ["role"] = "Admin" };
        await katinka.SubmitAsync(forged, "card-1");
        Assert.Equal(CoalitionRole.Member, (await CoalitionAsync()).RoleOf(CoalitionSetup.Katinka.UserId));
    }

    [Fact]
    public async Task The_last_admin_cannot_step_down()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var form = (await admin.SayAsync("rollen", expectedCalls: 2))[1].Card!;

        var refusal = Assert.Single(await admin.SubmitAsync(Choose(form, Installer.UserId, "Member"), "card-1"));

        Assert.Contains("moet minstens", refusal.Card!.ToJsonString());
        Assert.Equal(CoalitionRole.Admin, (await CoalitionAsync()).RoleOf(Installer.UserId));
    }

    [Fact]
    public async Task An_admin_who_was_demoted_meanwhile_changes_nothing()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var form = (await admin.SayAsync("rollen", expectedCalls: 2))[1].Card!;
        await admin.SubmitAsync(Choose(form, CoalitionSetup.Katinka.UserId, "Admin"), "card-1");
        var katinka = new DialogConversation(Bot, Channel);
        var katinkasForm = (await katinka.SayAsync("rollen", expectedCalls: 2))[1].Card!;
        var secondForm = (await admin.SayAsync("rollen", expectedCalls: 2))[1].Card!;
        await katinka.SubmitAsync(Choose(katinkasForm, Installer.UserId, "Member"), "card-2");

        var refusal = Assert.Single(await admin.SubmitAsync(Choose(secondForm, CoalitionSetup.Katinka.UserId, "Member"), "card-3"));

        Assert.Contains("alleen een beheerder", refusal.Card!.ToJsonString());
        Assert.Equal(CoalitionRole.Admin, (await CoalitionAsync()).RoleOf(CoalitionSetup.Katinka.UserId));
    }
}
