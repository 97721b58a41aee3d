using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Forces;
using CoalitionBot.Privacy;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;

namespace CoalitionBot.Tests.Forces;

/// <summary>
/// The force field over /api/messages on Azurite: members name forces for and against the coalition's goal in the form or
/// one question at a time; the lead's summary shows them merged and without names from the coalition's minimum of three
/// members; my data, erasing, the export and the retention purge cover them.
/// </summary>
public sealed class ForcesEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member[] Members = [.. Enumerable.Range(1, 4).Select(i => new Member($"29:member-{i}", $"Lid {i}"))];
    private const string Goal = "Elk kind in Leiden een kansrijke start";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero));

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("forces");

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, Members);
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c.WithGoal(Goal, clock.GetUtcNow()), CancellationToken.None);
    }

    private DialogConversation As(Member member, string locale = "nl-NL") => new(Bot, Channel, locale, member: member);

    private DialogConversation Lead(string locale = "nl-NL") => new(Bot, Channel, locale, member: CoalitionSetup.Installer);

    private ForceStore Forces => Bot.Services.GetRequiredService<ForceStore>();


    private static string Texts(IEnumerable<ConnectorCall> calls) => string.Concat(calls.Select(c => c.Text ?? c.Card!.Readable()));

    /// <summary>Fills in the form with <paramref name="answers"/> (field, value), every other force left empty, and submits it.</summary>
    private async Task<string> AnswerFormAsync(Member member, params (string Field, string Value)[] answers)
    {
        var conversation = As(member);
        var form = Assert.Single(await conversation.SayAsync("krachten")).Card!;
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var direction in new[] { "for", "against" })
            for (var i = 1; i <= 3; i++) { value[$"{direction}{i}"] = ""; value[$"{direction}{i}Strength"] = "medium"; }
        foreach (var (field, answer) in answers) value[field] = answer;
        return Texts(await conversation.SubmitAsync(value, "card-" + member.UserId));
    }

    /// <summary>Lid 1 and Lid 2 in the form, Lid 3 one question at a time: "steun van de wethouder" three times, "geen tijd" three times.</summary>
    private async Task ThreeMembersNameForcesAsync()
    {
        await AnswerFormAsync(Members[0], ("for1", "Steun van de wethouder"), ("for1Strength", "strong"), ("for2", "Betrokken wijkteams"),
            ("against1", "Geen tijd bij de huisartsen"), ("against1Strength", "strong"), ("against2", "Financiering na 2027 onzeker"));
        await AnswerFormAsync(Members[1], ("for1", " steun van de  Wethouder "), ("for1Strength", "weak"), ("against1", "geen tijd bij de huisartsen"));

        var text = As(Members[2]);
        await text.SayAsync("krachten tekst");
        await text.SayAsync("Steun van de wethouder");
        await text.SayAsync("3");
        await text.SayAsync("-");
        await text.SayAsync("Geen  tijd bij de huisartsen");
        await text.SayAsync("sterk");
        await text.SayAsync("-");
    }

    [Fact]
    public async Task Members_name_forces_in_the_form_and_in_text_and_the_summary_shows_them_merged_without_names_from_three_members()
    {
        // The form is headed by the goal and asks both questions.
        var form = Assert.Single(await As(Members[0]).SayAsync("krachten")).Card!.Readable();
        Assert.Contains(Goal, form);
        Assert.Contains("wat helpt ons dit doel te bereiken?", form);
        Assert.Contains("wat houdt ons tegen?", form);

        var saved = await AnswerFormAsync(Members[0], ("for1", "Steun van de wethouder"), ("for1Strength", "strong"), ("for2", "Betrokken wijkteams"),
            ("against1", "Geen tijd bij de huisartsen"), ("against1Strength", "strong"), ("against2", "Financiering na 2027 onzeker"));
        Assert.Contains("je krachten staan genoteerd", saved);
        Assert.Contains("Steun van de wethouder (sterk)", saved);
        Assert.Contains("Financiering na 2027 onzeker (middel)", saved);
        await AnswerFormAsync(Members[1], ("for1", " steun van de  Wethouder "), ("for1Strength", "weak"), ("against1", "geen tijd bij de huisartsen"));

        // Below the minimum: how many answered, and from when the forces appear.
        var below = Texts(await Lead().SayAsync("samenvatting krachten"));
        Assert.Contains("2 van de 3 benodigde leden hebben krachten genoemd", below);
        Assert.DoesNotContain("wethouder", below, StringComparison.OrdinalIgnoreCase);

        // The third member, one question at a time.
        var text = As(Members[2]);
        Assert.Contains("Bevorderende kracht 1: wat helpt ons dit doel te bereiken?", Assert.Single(await text.SayAsync("krachten tekst")).Text);
        Assert.Contains("Hoe sterk is deze kracht?", Assert.Single(await text.SayAsync("Steun van de wethouder")).Text);
        Assert.Contains("Bevorderende kracht 2", Assert.Single(await text.SayAsync("3")).Text);
        Assert.Contains("Belemmerende kracht 1: wat houdt ons tegen?", Assert.Single(await text.SayAsync("-")).Text);
        Assert.Contains("Hoe sterk", Assert.Single(await text.SayAsync("Geen  tijd bij de huisartsen")).Text);
        Assert.Contains("Belemmerende kracht 2", Assert.Single(await text.SayAsync("sterk")).Text);
        Assert.Contains("je krachten staan genoteerd", Assert.Single(await text.SayAsync("-")).Text);

        var summary = Texts(await Lead().SayAsync("samenvatting krachten"));
        Assert.Contains(Goal, summary);
        Assert.Contains("3 leden noemden wat helpt en wat tegenhoudt", summary);
        Assert.Contains("data:image/png;base64,", summary);
        Assert.Contains("Steun van de wethouder (door 3 leden genoemd, gemiddelde sterkte 2,3)", summary);
        Assert.Contains("Geen tijd bij de huisartsen (door 3 leden genoemd, gemiddelde sterkte 2,7)", summary);
        Assert.Contains("Financiering na 2027 onzeker (door 1 lid genoemd, sterkte 2)", summary);
        // Most named first, never in the order of answering.
        Assert.True(summary.IndexOf("Steun van de wethouder (door 3", StringComparison.Ordinal) < summary.IndexOf("Betrokken wijkteams (door 1", StringComparison.Ordinal));
        Assert.DoesNotContain("steun van de  Wethouder", summary);
        Assert.Contains("2 krachten, samen 9", summary); // 3 × 2,3 + 1 × 2 on each side
        Assert.DoesNotContain("Lid ", summary);

        var english = Texts(await Lead("en-GB").SayAsync("summary forces"));
        Assert.Contains("Steun van de wethouder (named by 3 members, mean strength 2.3)", english);
        Assert.Contains("Restraining forces: what holds us back?", english);

        var overview = Texts(await Lead().SayAsync("samenvatting"));
        Assert.Contains("3 leden noemden krachten: bevorderend 2, belemmerend 2.", overview);
    }

    [Fact]
    public async Task Answering_again_replaces_the_members_forces_and_the_summary_changes_only_after_three_members_changed()
    {
        await ThreeMembersNameForcesAsync();
        await AnswerFormAsync(Members[0], ("against1", "Wisselende contactpersonen"), ("against1Strength", "weak"));

        var stored = (await Forces.GetAsync(CoalitionSetup.Id, CancellationToken.None))!;
        Assert.Equal(3, stored.Members.Count);
        Assert.Equal([new NamedForce(ForceDirection.Against, "Wisselende contactpersonen", 1)], stored.Member(Members[0].UserId)!.Forces);

        // One member changed: the summary stays as published, so it does not give their new forces away.
        var summary = Texts(await Lead().SayAsync("samenvatting krachten"));
        Assert.Contains("Betrokken wijkteams", summary);
        Assert.DoesNotContain("Wisselende contactpersonen", summary);

        await AnswerFormAsync(Members[1], ("for1", "Steun van de wethouder"), ("for1Strength", "strong"));
        await AnswerFormAsync(Members[3], ("for1", "Steun van de wethouder"), ("for1Strength", "strong"));
        var republished = Texts(await Lead().SayAsync("samenvatting krachten"));
        Assert.Contains("4 leden noemden", republished);
        Assert.Contains("Wisselende contactpersonen (door 1 lid genoemd, sterkte 1)", republished);
        Assert.DoesNotContain("Betrokken wijkteams", republished);
    }

    [Fact]
    public async Task No_force_a_strength_out_of_range_or_a_too_long_text_gets_a_polite_reply_and_only_a_whole_answer_is_saved()
    {
        var text = As(Members[0]);
        await text.SayAsync("krachten tekst");
        Assert.Contains("maximaal 150 tekens (het was er 151)", Assert.Single(await text.SayAsync(new string('x', 151))).Text);
        await text.SayAsync("-");
        Assert.Contains("Noem ten minste één kracht", Assert.Single(await text.SayAsync("-")).Text);
        Assert.Contains("Hoe sterk", Assert.Single(await text.SayAsync("Steun van de wethouder")).Text);
        Assert.Contains("Kies een van de opties", Assert.Single(await text.SayAsync("5")).Text);
        await text.SayAsync("2");
        // The restraining force was already left empty: the dialog is done.
        Assert.Contains("je krachten staan genoteerd", Assert.Single(await text.SayAsync("-")).Text);

        var empty = await AnswerFormAsync(Members[1]);
        Assert.Contains("Noem ten minste één kracht", empty);
        var withoutStrength = await AnswerFormAsync(Members[1], ("for1", "Betrokken wijkteams"), ("for1Strength", ""));
        Assert.Contains("Kies hoe sterk deze kracht is", withoutStrength);
        var outOfRange = await AnswerFormAsync(Members[1], ("for1", "Betrokken wijkteams"), ("for1Strength", "7"));
        Assert.Contains("Kies een van de opties", outOfRange);

        var stored = (await Forces.GetAsync(CoalitionSetup.Id, CancellationToken.None))!;
        Assert.Equal([new NamedForce(ForceDirection.For, "Steun van de wethouder", 2)], Assert.Single(stored.Members).Forces);
    }

    [Fact]
    public async Task My_data_shows_a_members_forces_erasing_removes_them_and_the_export_has_them_as_the_summary_shows_them()
    {
        await ThreeMembersNameForcesAsync();

        var mine = Assert.Single(await As(Members[0]).SayAsync("mijn gegevens")).Card!;
        using var client = Bot.CreateClient();
        var download = JsonNode.Parse(await client.GetStringAsync(new Uri(mine["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery))!;
        var forces = Assert.Single(Assert.Single(download["coalitions"]!.AsArray())!["forces"]!.AsArray())!;
        Assert.Equal("Betrokken wijkteams", forces["forces"]![1]!["text"]!.GetValue<string>());
        Assert.True(forces["shownToLeads"]!.GetValue<bool>());

        // The leads' export, as the summary shows the forces: merged, without names.
        var links = Assert.Single(await Lead().SayAsync("exporteer")).Card!;
        var json = JsonNode.Parse(await client.GetStringAsync(new Uri(links["actions"]![1]!["url"]!.GetValue<string>()).PathAndQuery))!;
        var first = json["forces"]!["for"]![0]!;
        Assert.Equal(("Steun van de wethouder", 3), (first["text"]!.GetValue<string>(), first["count"]!.GetValue<int>()));
        Assert.Equal(3, json["forces"]!["respondents"]!.GetValue<int>());
        Assert.DoesNotContain("29:", json.ToJsonString());
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri(links["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery));
        Assert.Contains("kracht_bevorderend;;;;;;;3;2,33;;;Steun van de wethouder", csv);
        Assert.Contains("kracht_belemmerend;;;;;;;1;2;;;Financiering na 2027 onzeker", csv);

        // Erasing: nothing of Lid 1 is left in the forces, latest or published.
        var erase = As(Members[0]);
        var confirm = Assert.Single(await erase.SayAsync("verwijder mijn gegevens")).Card!;
        var yes = confirm["actions"]![0]!["data"]!.DeepClone().AsObject();
        yes["confirm"] = "yes";
        await erase.SubmitAsync(yes, "card-erase");
        var stored = JsonSerializer.Serialize((await Forces.GetAsync(CoalitionSetup.Id, CancellationToken.None))!);
        Assert.DoesNotContain(Members[0].UserId, stored);
        Assert.DoesNotContain("Betrokken wijkteams", stored);
        Assert.Contains("Steun van de wethouder", stored);
        // Two members left behind the published forces: fewer than the minimum, so the summary shows none.
        var after = Texts(await Lead().SayAsync("samenvatting krachten"));
        Assert.Contains("2 van de 3 benodigde leden hebben krachten genoemd", after);
        Assert.DoesNotContain("wethouder", after);
    }

    [Fact]
    public async Task The_forces_summary_on_paper_has_the_diagram_and_both_lists()
    {
        await ThreeMembersNameForcesAsync();

        var link = Assert.Single(await Lead().SayAsync("samenvatting krachten pdf")).Card!["actions"]![0]!["url"]!.GetValue<string>();
        using var client = Bot.CreateClient();
        var response = await client.GetAsync(new Uri(link).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var page = Assert.Single(pdf.GetPages());
        var text = string.Join(' ', page.GetWords().Select(w => w.Text));
        Assert.Contains("wethouder", text);
        Assert.Contains("huisartsen", text);
        Assert.Contains("Belemmerende", text);
        Assert.Single(page.GetImages()); // the diagram
        Assert.DoesNotContain("Lid ", text);
    }

    [Fact]
    public async Task The_retention_purge_removes_forces_older_than_the_retention_and_keeps_newer_ones()
    {
        await ThreeMembersNameForcesAsync();
        clock.Advance(TimeSpan.FromDays(25 * 31)); // past the coalition's 24 months
        await AnswerFormAsync(Members[1], ("against1", "Wisselende contactpersonen"), ("against1Strength", "weak"));

        var report = (await Bot.Services.GetRequiredService<RetentionPurge>().PurgeAsync(CoalitionSetup.Id, CancellationToken.None))!;

        Assert.Equal(2, report.Forces);
        var kept = (await Forces.GetAsync(CoalitionSetup.Id, CancellationToken.None))!;
        Assert.Equal([Members[1].UserId], kept.Members.Select(m => m.UserId));
        Assert.Empty(kept.Published!); // every published force was named long ago
        Assert.DoesNotContain("Steun van de wethouder", JsonSerializer.Serialize(kept));
    }
}
