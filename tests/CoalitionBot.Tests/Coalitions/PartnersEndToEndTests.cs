using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Coalitions;

/// <summary>
/// The partners command: everyone sees the partners and the missing network roles and levels; leads and admins correct them.
/// The bestuurlijk command: everyone sees the bestuurlijke trekker; leads and admins name them.
/// </summary>
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
    public async Task A_member_sees_the_partners_and_the_roles_and_levels_nobody_fills()
    {
        await Coalitions.UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c.WithPartner(c.Partner("gem")!.WithRoles([NetworkRole.DecisionMaker, NetworkRole.Funder]) with { Levels = [PartnerLevel.Strategic] }), CancellationToken.None);
        var katinka = new DialogConversation(Bot, Channel);

        var card = Assert.Single(await katinka.SayAsync("partners")).Card!.Readable();

        Assert.Contains("Beslisser, Financier of leverancier · Bestuurlijk", card);
        Assert.Contains("Nog niemand in de rol: Gebruiker.", card);
        Assert.Contains("Nog geen partner op het niveau: Tactisch, Uitvoerend.", card);
        Assert.Contains("Van 1 partner is het niveau nog niet bekend", card);
        Assert.Contains("Bestuurlijke trekker", card);
        Assert.Contains("Nog niet genoemd", card);
        Assert.Contains("Alleen trekkers en beheerders", card);
    }

    [Fact]
    public async Task An_admin_corrects_a_partners_name_roles_and_levels()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var form = (await admin.SayAsync("partners", expectedCalls: 2))[1].Card!;
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["partner"] = "ggd";
        value["name"] = "GGD Hollands Midden";
        value["role"] = "Implementer,Funder";
        value["level"] = "Tactical,Operational";

        var confirmation = Assert.Single(await admin.SubmitAsync(value, "card-1"));

        Assert.Contains("GGD Hollands Midden is bijgewerkt", confirmation.Card!.ToJsonString());
        var saved = (await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!;
        var partner = saved.Partner("ggd")!;
        Assert.Equal("GGD Hollands Midden", partner.Name);
        Assert.Equal([NetworkRole.Implementer, NetworkRole.Funder], partner.Roles);
        Assert.Equal([PartnerLevel.Tactical, PartnerLevel.Operational], partner.Levels);
        Assert.Equal(Coalition.CurrentSchemaVersion, saved.SchemaVersion); // an older bot would drop what it does not know
    }

    [Fact]
    public async Task Left_empty_the_roles_and_levels_stay_as_they_were()
    {
        await Coalitions.UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c.WithPartner(c.Partner("ggd")! with { Levels = [PartnerLevel.Operational] }), CancellationToken.None);
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var form = (await admin.SayAsync("partners", expectedCalls: 2))[1].Card!;
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["partner"] = "ggd";
        value["name"] = "GGD Hollands Midden";
        value["role"] = "";
        value["level"] = "";

        await admin.SubmitAsync(value, "card-1");

        var partner = (await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!.Partner("ggd")!;
        Assert.Equal(("GGD Hollands Midden", NetworkRole.Implementer, PartnerLevel.Operational), (partner.Name, Assert.Single(partner.Roles), Assert.Single(partner.Levels)));
    }

    [Fact]
    public async Task A_lead_names_the_bestuurlijke_trekker_with_their_partner_and_a_member_reads_it_but_gets_no_form()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var replies = await admin.SayAsync("bestuurlijke trekker", expectedCalls: 2);
        Assert.Contains("Nog niet genoemd", replies[0].Card!.ToJsonString());
        var value = replies[1].Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["name"] = "wethouder Jansen";
        value["partner"] = "gem";

        var confirmation = Assert.Single(await admin.SubmitAsync(value, "card-1"));

        Assert.Contains("wethouder Jansen (Gemeente Leiden)", confirmation.Card!.ToJsonString());
        var lead = (await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!.AdministrativeLead!;
        Assert.Equal(("wethouder Jansen", "gem"), (lead.Name, lead.PartnerId));
        var katinka = new DialogConversation(Bot, Channel);
        var seen = Assert.Single(await katinka.SayAsync("bestuurlijk")).Card!.ToJsonString();
        Assert.Contains("wethouder Jansen (Gemeente Leiden)", seen);
        Assert.Contains("Alleen een trekker of beheerder kan de bestuurlijke trekker aanpassen", seen);
    }

    [Fact]
    public async Task In_text_the_lead_names_the_bestuurlijke_trekker_and_chooses_their_partner_by_number()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var replies = await admin.SayAsync("bestuurlijke trekker tekst", expectedCalls: 2);
        Assert.Contains("Wie is de bestuurlijke trekker?", replies[1].Text);

        var partnerQuestion = Assert.Single(await admin.SayAsync("wethouder Jansen")).Text!;
        Assert.Contains("Van welke partner", partnerQuestion);
        Assert.Contains("2. Gemeente Leiden", partnerQuestion);
        var saved = Assert.Single(await admin.SayAsync("2")).Text!;

        Assert.Contains("wethouder Jansen (Gemeente Leiden)", saved);
        Assert.Equal("gem", (await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!.AdministrativeLead!.PartnerId);
    }

    [Fact]
    public async Task An_empty_name_removes_the_bestuurlijke_trekker_and_a_forged_partner_is_left_out()
    {
        var admin = new DialogConversation(Bot, Channel, member: Installer);
        var form = (await admin.SayAsync("sponsor", expectedCalls: 2))[1].Card!;
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["name"] = "wethouder Jansen";
        value["partner"] = "partner-of-another-team";
        var refusal = Assert.Single(await admin.SubmitAsync(value.DeepClone().AsObject(), "card-1")).Card!.ToJsonString();
        Assert.Contains("Kies een van de opties", refusal);
        Assert.Null((await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!.AdministrativeLead);

        value["partner"] = "";
        await admin.SubmitAsync(value, "card-1");
        Assert.Equal("wethouder Jansen", (await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!.AdministrativeLead!.Name);

        var again = (await admin.SayAsync("bestuurlijk", expectedCalls: 2))[1].Card!;
        Assert.Contains("wethouder Jansen", again.ToJsonString()); // the form shows who it is now
        var empty = again["actions"]![0]!["data"]!.DeepClone().AsObject();
        empty["name"] = "";
        empty["partner"] = "";
        var removed = Assert.Single(await admin.SubmitAsync(empty, "card-2")).Card!.ToJsonString();
        Assert.Contains("geen bestuurlijke trekker", removed);
        Assert.Null((await Coalitions.GetAsync(CoalitionSetup.Id, CancellationToken.None))!.AdministrativeLead);
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
