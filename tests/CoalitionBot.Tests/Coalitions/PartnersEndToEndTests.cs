using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>The partners command: everyone sees the partners and the missing network roles; leads and admins correct them.</summary>
public sealed class PartnersEndToEndTests : BotAndChannelTests
{
    private static readonly Member Installer = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        await Coalitions.UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(), c => c with
        {
            Partners = [new Partner("ggd", "GGD", NetworkRole.Implementer), new Partner("gem", "Gemeente Leiden", NetworkRole.DecisionMaker)],
        }, CancellationToken.None);
    }

    private CoalitionStore Coalitions => Bot.Services.GetRequiredService<CoalitionStore>();

    [Fact]
    public async Task A_member_sees_the_partners_and_the_roles_nobody_fills()
    {
        var katinka = new DialogConversation(Bot, Channel);

        var card = Assert.Single(await katinka.SayAsync("partners")).Card!.ToJsonString();

        Assert.Contains("Gemeente Leiden", card);
        Assert.Contains("Nog niemand in de rol: Financier of leverancier, Gebruiker", card);
        Assert.Contains("Alleen trekkers en beheerders", card);
    }

    [Fact]
    public async Task An_admin_corrects_a_partners_name_and_role()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var form = (await admin.SayAsync("partners", expectedCalls: 2))[1].Card!;
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["partner"] = "ggd";
        value["name"] = "GGD Hollands Midden";
        value["role"] = "Funder";

        var confirmation = Assert.Single(await admin.SubmitAsync(value, "card-1"));

        Assert.Contains("GGD Hollands Midden is bijgewerkt", confirmation.Card!.ToJsonString());
        var partner = (await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!.Partner("ggd")!;
        Assert.Equal(("GGD Hollands Midden", NetworkRole.Funder), (partner.Name, partner.Role));
    }

    [Fact]
    public async Task Renaming_to_another_partners_name_is_refused()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var form = (await admin.SayAsync("partners", expectedCalls: 2))[1].Card!;
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["partner"] = "ggd";
        value["name"] = "gemeente leiden";
        value["role"] = "";

        var refusal = Assert.Single(await admin.SubmitAsync(value, "card-1"));

        Assert.Contains("is al een partner", refusal.Card!.ToJsonString());
        Assert.Equal("GGD", (await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!.Partner("ggd")!.Name);
    }
}
