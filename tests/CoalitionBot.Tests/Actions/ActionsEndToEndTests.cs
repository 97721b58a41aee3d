using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Actions;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.Actions;

/// <summary>
/// Actions over /api/messages on Azurite: a lead turns a next step, or their own text, into an action with an owner and
/// a day; the owner sees it, the next check-in asks whether it is done, and the check-in summary reports it.
/// </summary>
public sealed class ActionsEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member[] Members = [.. Enumerable.Range(1, 4).Select(i => new Member($"29:member-{i}", $"Lid {i}"))];

    // 3 November 2026, 10:00 in Dutch time.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero));

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("actions");

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, Members);
    }

    private DialogConversation Lead(string locale = "nl-NL") => new(Bot, Channel, locale, member: CoalitionSetup.Installer);

    private DialogConversation As(Member member, string locale = "nl-NL") => new(Bot, Channel, locale, member: member);

    private ActionStore Actions => Bot.Services.GetRequiredService<ActionStore>();


    /// <summary>What the calls say, cards as their JSON with the text unescaped ("vóór", "'").</summary>
    internal static string Texts(IEnumerable<ConnectorCall> calls) => string.Concat(calls.Select(c => c.Text ?? c.Card!.Readable()));


    /// <summary>Checks in with 7 everywhere; <paramref name="actionAnswer"/> answers every action question.</summary>
    private async Task<string> CheckInAsync(Member member, string actionAnswer = "done")
    {
        var conversation = As(member);
        var form = Assert.Single(await conversation.SayAsync("checkin")).Card!;
        var value = FormAnswers.Fill(form, "tekst", wrong: false);
        foreach (var key in value.Select(p => p.Key).ToList())
        {
            if (key.StartsWith("score", StringComparison.Ordinal) || key == "grade") value[key] = "7";
            if (key.StartsWith("action", StringComparison.Ordinal)) value[key] = actionAnswer;
        }
        value["nextStep"] = "Werkplan delen met de wethouder";
        return Assert.Single(await conversation.SubmitAsync(value, "card-" + member.UserId)).Card!.Readable();
    }

    private async Task<JsonNode> CheckInFormAsync(Member member) => Assert.Single(await As(member).SayAsync("checkin")).Card!;

    [Fact]
    public async Task A_lead_agrees_actions_the_owner_sees_them_the_next_check_in_asks_and_the_summary_reports_done_late_and_open()
    {
        // The round of the meeting: three check-ins with the same next step.
        await Lead().SayAsync("ronde nieuw Overleg 12 november");
        foreach (var member in Members.Take(3)) await CheckInAsync(member);
        await Lead().SayAsync("ronde sluit");

        // A next step from the round's figures, in a form...
        var lead = Lead();
        var form = Assert.Single(await lead.SayAsync("acties nieuw")).Card!;
        Assert.Contains("Werkplan delen met de wethouder", form.Readable());
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["step"] = "step1"; value["text"] = ""; value["owner"] = Members[0].UserId; value["due"] = "20-11-2026";
        var saved = Assert.Single(await lead.SubmitAsync(value, "card-action")).Card!.Readable();
        Assert.Contains("Actie 1 staat genoteerd", saved);
        Assert.Contains("20 nov 2026", saved);

        // ...and the lead's own text, one question at a time.
        var text = Lead();
        Assert.Contains("Neem een volgende stap over", Assert.Single(await text.SayAsync("acties nieuw tekst")).Text);
        Assert.Contains("Of omschrijf de actie zelf", Assert.Single(await text.SayAsync("-")).Text);
        Assert.Contains("Wie is eigenaar?", Assert.Single(await text.SayAsync("Begroting 2027 voorleggen aan de GGD-directie")).Text);
        Assert.Contains("Klaar vóór", Assert.Single(await text.SayAsync("Lid 2")).Text);
        Assert.Contains("Actie 2 staat genoteerd", Assert.Single(await text.SayAsync("5-11-2026")).Text);

        // Each owner sees their own action, and only that.
        var own = Texts(await As(Members[0]).SayAsync("acties"));
        Assert.Contains("Jouw acties", own);
        Assert.Contains("Werkplan delen met de wethouder", own);
        Assert.DoesNotContain("Begroting", own);
        Assert.Contains("Je bent nog geen eigenaar van een actie.", Texts(await As(Members[2]).SayAsync("acties")));
        Assert.Contains("Jouw acties: 0 te laat, 1 open en 0 klaar.", own);
        var all = Texts(await Lead().SayAsync("acties"));
        Assert.Contains("Werkplan delen met de wethouder (Lid 1, vóór 20 nov 2026)", all);
        Assert.Contains("Begroting 2027 voorleggen aan de GGD-directie (Lid 2, vóór 5 nov 2026)", all);

        // A week on, action 2 is late; the next round asks each owner about their open action.
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero));
        await Lead().SayAsync("ronde nieuw Overleg 10 december");
        var question = (await CheckInFormAsync(Members[0])).Readable();
        Assert.Contains("Is 'Werkplan delen met de wethouder' gelukt?", question);
        Assert.DoesNotContain("Begroting", question);
        Assert.DoesNotContain("gelukt?", (await CheckInFormAsync(Members[2])).Readable());

        Assert.Contains("1 actie is afgevinkt.", await CheckInAsync(Members[0], "done"));
        await CheckInAsync(Members[1], "notyet");
        await CheckInAsync(Members[2]);
        var stored = await Actions.GetAsync(CoalitionSetup.Id, CancellationToken.None);
        Assert.True(stored.Find(1)!.IsDone);
        Assert.Equal(ActionProgress.NotYet, stored.Find(2)!.LatestAnswer!.Progress);
        Assert.False(stored.Find(2)!.IsDone);

        await Lead().SayAsync("ronde sluit");
        var summary = Texts(await Lead().SayAsync("samenvatting checkin"));
        Assert.Contains("Zo staat het ervoor: 1 te laat, 0 open en 1 klaar.", summary);
        Assert.Contains("Begroting 2027 voorleggen aan de GGD-directie (Lid 2, vóór 5 nov 2026; laatste antwoord: nog niet)", summary);
        Assert.Contains("Werkplan delen met de wethouder (Lid 1, klaar op 10 nov 2026)", summary);
    }

    [Fact]
    public async Task Members_may_not_agree_actions_and_a_bad_date_an_unknown_number_or_an_owner_who_is_no_member_is_refused_politely()
    {
        Assert.Contains("voor trekkers en beheerders", Assert.Single(await As(Members[0]).SayAsync("acties nieuw")).Text);
        Assert.Contains("Ik ken geen actie 7", Assert.Single(await Lead().SayAsync("acties klaar 7")).Text);
        Assert.Contains("Zo werkt het", Assert.Single(await Lead().SayAsync("acties klaar")).Text);

        var lead = Lead();
        await lead.SayAsync("acties nieuw tekst");
        Assert.Contains("Wie is eigenaar?", Assert.Single(await lead.SayAsync("Huisartsen uitnodigen")).Text);
        Assert.Contains("Kies een van de", Assert.Single(await lead.SayAsync("Iemand van buiten")).Text);
        await lead.SayAsync("Lid 3");
        Assert.Contains("Vul een datum in zoals 15-12-2026", Assert.Single(await lead.SayAsync("31-02-2026")).Text);
        Assert.Contains("Die datum is al voorbij", Assert.Single(await lead.SayAsync("1-11-2026")).Text);
        Assert.Contains("Actie 1 staat genoteerd", Assert.Single(await lead.SayAsync("3-11-2026")).Text);

        // Someone else's action is as unknown to a member as a wrong number.
        Assert.Contains("Ik ken geen actie 1", Assert.Single(await As(Members[0]).SayAsync("acties klaar 1")).Text);
        Assert.Contains("Actie 1 is afgevinkt", Assert.Single(await As(Members[2]).SayAsync("acties klaar 1")).Text);

        // An owner who left the team after the form was sent cannot own the action.
        var form = Lead();
        var card = Assert.Single(await form.SayAsync("acties nieuw")).Card!;
        await Bot.Services.GetRequiredService<CoalitionStore>().MemberLeftAsync(CoalitionSetup.Id, Members[3].UserId, CancellationToken.None);
        var value = card["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["text"] = "Wijkteams betrekken"; value["owner"] = Members[3].UserId; value["due"] = "1-12-2026";
        Assert.Contains("geen lid (meer)", Assert.Single(await form.SubmitAsync(value, "card-left")).Card!.Readable());
        // A forged owner is no choice of the form.
        var forged = Assert.Single(await form.SayAsync("acties nieuw")).Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        forged["text"] = "Wijkteams betrekken"; forged["owner"] = "29:someone-else"; forged["due"] = "1-12-2026";
        Assert.Contains("Kies een van de", Assert.Single(await form.SubmitAsync(forged, "card-forged")).Card!.Readable());
        Assert.Single((await Actions.GetAsync(CoalitionSetup.Id, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task A_lead_changes_and_removes_an_action_after_confirming_in_English()
    {
        var lead = Lead("en-US");
        await lead.SayAsync("actions new text");
        await lead.SayAsync("Invite the GPs");
        await lead.SayAsync("1");
        Assert.Contains("Action 1 has been recorded", Assert.Single(await lead.SayAsync("15-12-2026")).Text);

        var change = Lead("en-US");
        var form = Assert.Single(await change.SayAsync("actions change 1")).Card!;
        Assert.Contains("Invite the GPs", form.Readable());
        Assert.Contains("15-12-2026", form.Readable());
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        value["text"] = "Invite the GPs and the midwives"; value["owner"] = Members[1].UserId; value["due"] = "20-12-2026";
        Assert.Contains("Action 1 has been changed", Assert.Single(await change.SubmitAsync(value, "card-change")).Card!.Readable());
        Assert.Contains("Invite the GPs and the midwives (Lid 2, due 20 Dec 2026)", Texts(await As(Members[1], "en-US").SayAsync("actions")));

        var remove = Lead("en-US");
        Assert.Contains("Remove action 1: Invite the GPs and the midwives?", Assert.Single(await remove.SayAsync("actions remove 1 text")).Text);
        Assert.Contains("Action 1 has been removed", Assert.Single(await remove.SayAsync("1")).Text);
        Assert.Empty((await Actions.GetAsync(CoalitionSetup.Id, CancellationToken.None)).Items);
        Assert.Contains("No actions have been agreed yet", Texts(await Lead("en-US").SayAsync("actions")));
    }
}
