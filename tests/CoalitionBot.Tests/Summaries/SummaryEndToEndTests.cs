using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;
using static CoalitionBot.Leadership.LeadershipStyle;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>A lead asks for summaries in the team's channel over /api/messages, on Azurite; the cards reach the loopback channel.</summary>
public sealed class SummaryEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    /// <summary>The installer in conversationUpdate-bot-added-to-team.json: the coalition's first admin.</summary>
    private static readonly Member Lead = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("summary");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private DialogConversation InChannel(Member who, string locale = "nl-NL") => new(Bot, Channel, locale, "message-channel-mention.json", who);

    /// <summary>Stores a whole round in one write, as many members' answers end up in one document.</summary>
    private Task SeedRoundAsync(CheckInRound round) =>
        Bot.Services.GetRequiredService<DocumentUpdater>().UpdateAsync(CoalitionSetup.Id.Key("checkins", round.RoundId), CheckInJsonContext.Default.CheckInRound, _ => round, CancellationToken.None);

    private async Task<string> CardOfAsync(DialogConversation who, string text) =>
        Assert.Single(await who.SayAsync(text)).Card!.ToJsonString();

    /// <summary>The check-in summary over two or more rounds: the figures, then a card with the trend chart.</summary>
    private async Task<string> TwoCardsOfAsync(DialogConversation who, string text)
    {
        var calls = await who.SayAsync(text, expectedCalls: 2);
        Assert.Equal(2, calls.Count);
        Assert.Contains("data:image/png;base64,", calls[1].Card!.ToJsonString());
        return calls[0].Card!.ToJsonString();
    }

    [Fact]
    public async Task The_check_in_summary_shows_mean_spread_and_trend_per_aspect_and_the_bottlenecks()
    {
        await SeedRoundAsync(Round("2026-10", CheckIn("a", 6), CheckIn("b", 7), CheckIn("c", 8)));
        await SeedRoundAsync(Round("2026-11", CheckIn("a", 8, bottleneck: "Financiering na 2027"), CheckIn("b", 9), CheckIn("c", 6, others: 4), CheckIn("d", 8), CheckIn("e", 8)));

        var card = await TwoCardsOfAsync(InChannel(Lead), "<at>CoalitionBot</at> samenvatting checkin");

        Assert.Contains("Ronde november 2026: de cijfers tellen 5 antwoorden", card);
        Assert.Contains("7,8, spreiding 6-9 (5 antwoorden); omhoog, was 7,0", card); // ambition
        // The other aspects: 7, 7, 4, 7, 7. A spread of 4-7 with a mean of 6,4 would give every score away.
        Assert.Contains("6,4 (5 antwoorden); omlaag, was 7,0", card);
        Assert.Contains("Financiering na 2027", card);
        Assert.Contains("Werksessie plannen", card);
        Assert.DoesNotContain("Katinka", card);
    }

    [Fact]
    public async Task In_English_the_check_in_summary_uses_English_words_and_numbers()
    {
        await SeedRoundAsync(Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6), CheckIn("d", 8), CheckIn("e", 8)));

        var card = await CardOfAsync(InChannel(Lead, "en-GB"), "<at>CoalitionBot</at> summary checkin");

        Assert.Contains("7.8, spread 6-9 (5 answers)", card);
        Assert.Contains("no earlier round", card);
    }

    [Fact]
    public async Task With_fewer_than_three_answers_the_card_says_how_many_answered_and_shows_no_figures()
    {
        await SeedRoundAsync(Round("2026-11", CheckIn("a", 2, bottleneck: "Alleen ik zie dit"), CheckIn("b", 9)));

        var card = await CardOfAsync(InChannel(Lead), "<at>CoalitionBot</at> samenvatting checkin");

        Assert.Contains("2 van de 3 benodigde leden", card);
        Assert.DoesNotContain("spreiding", card);
        Assert.DoesNotContain("Alleen ik zie dit", card);
    }

    [Fact]
    public async Task The_leadership_summary_shows_the_spread_of_styles_the_need_and_the_differences_as_counts()
    {
        var results = Bot.Services.GetRequiredService<LeadershipStore>();
        LeadershipResult[] answers = [Result(Coaching, 4, 2), Result(Supporting, 4, 3), Result(Coaching, 3, 4)];
        for (var i = 0; i < answers.Length; i++) await results.RecordAsync(CoalitionSetup.Id, $"29:member-{i}", answers[i], CancellationToken.None);

        var card = await CardOfAsync(InChannel(Lead), "<at>CoalitionBot</at> samenvatting leiderschap");

        Assert.Contains("3 leden vulden", card);
        Assert.Contains("\"title\":\"Begeleiden\",\"value\":\"2 leden\"", card);
        Assert.Contains("\"title\":\"Ondersteunen\",\"value\":\"1 lid\"", card);
        Assert.Contains("3,7 van 5", card); // ability
        Assert.Contains("3,0 van 5", card); // commitment: with ability high, supporting is needed
        Assert.Contains("Meer dan de helft van de leden ziet **ondersteunen**", card); // two of three members' ratings call for it
        Assert.Contains("\"title\":\"Past bij wat de coalitie vraagt\",\"value\":\"1 lid\"", card);
        Assert.Contains("\"title\":\"Past er (nog) niet bij\",\"value\":\"2 leden\"", card);
    }

    private async Task SeedPartnersAsync()
    {
        var coalitions = Bot.Services.GetRequiredService<CoalitionStore>();
        await coalitions.UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException("installed"),
            c => c with { Partners = CoalitionWithPartners(CoalitionSetup.Id).Partners }, CancellationToken.None);
        var store = Bot.Services.GetRequiredService<ThreeBsStore>();
        foreach (var (partnerId, descriptions) in Descriptions())
            foreach (var member in descriptions.ByMember.Values)
                await store.SaveAsync(CoalitionSetup.Id, partnerId, member.Current with { UserName = member.Current.UserName ?? "Bram Bakker" }, CancellationToken.None);
    }

    [Fact]
    public async Task The_three_bs_summary_puts_views_side_by_side_with_the_force_field_and_the_missing_roles()
    {
        await SeedPartnersAsync();

        var card = await CardOfAsync(InChannel(Lead), "<at>CoalitionBot</at> samenvatting 3b");

        Assert.Contains("Beschreven: 2 van de 3 partners.", card);
        Assert.Contains("\"title\":\"Rollen die ontbreken\",\"value\":\"Financier of leverancier, Gebruiker\"", card);
        Assert.Contains("- Woningcorporatie", card); // nobody described it yet
        Assert.Contains("GGD Hollands Midden (Uitvoerder)", card);
        Assert.Contains("4,0 van 5 (spreiding 3-5)", card); // invloed
        Assert.Contains("Steunend: 2, Neutraal: 1", card);
        Assert.Contains("**Bram Bakker**", card);
        Assert.Contains("Vroeg signaleren", card);
    }

    [Fact]
    public async Task The_three_bs_summary_of_one_partner_and_of_an_unknown_one()
    {
        await SeedPartnersAsync();
        var lead = InChannel(Lead);

        var card = await CardOfAsync(lead, "<at>CoalitionBot</at> samenvatting 3b gemeente leiden");
        Assert.Contains("Gemeente Leiden (Beslisser)", card);
        Assert.DoesNotContain("GGD", card);

        Assert.Contains("ken ik niet", await CardOfAsync(lead, "<at>CoalitionBot</at> samenvatting 3b Bakkerij"));
    }

    [Fact]
    public async Task The_overview_has_a_section_per_method_and_its_buttons_open_the_full_summaries()
    {
        await SeedRoundAsync(Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6), CheckIn("d", 8), CheckIn("e", 8)));
        await SeedPartnersAsync();
        var lead = InChannel(Lead);

        var overview = Assert.Single(await lead.SayAsync("<at>CoalitionBot</at> samenvatting")).Card!;

        var text = overview.ToJsonString();
        Assert.Contains("Ronde november 2026: 5 antwoorden", text);
        Assert.Contains("7,8, spreiding 6-9", text);
        Assert.Contains("Nog niemand heeft de leiderschapsvragen", text);
        Assert.Contains("2 van de 3 partners beschreven", text);
        Assert.Contains("Nog niemand heeft krachten genoemd", text);
        var commands = overview.ToJsonString().Split("\"command\":\"").Skip(1).Select(s => s[..s.IndexOf('"')]).ToList();
        Assert.Equal(["samenvatting checkin", "samenvatting checkin nieuw", "samenvatting leiderschap", "samenvatting leiderschap nieuw", "samenvatting 3b", "samenvatting 3b nieuw", "samenvatting krachten", "samenvatting krachten nieuw", "samenvatting pdf"], commands);

        var clicked = Assert.Single(await lead.SubmitAsync(new JsonObject { ["command"] = commands[0] }, "card-1")).Card!.ToJsonString();
        Assert.Contains("Samenvatting check-in", clicked);
        Assert.Contains("Werksessie plannen", clicked);
    }

    [Fact]
    public async Task In_a_one_to_one_chat_a_lead_gets_the_summary_there()
    {
        var lead = new DialogConversation(Bot, Channel, "en-GB", member: Lead);

        var card = await CardOfAsync(lead, "summary leadership");

        Assert.Contains("Nobody has answered the leadership questions yet", card);
    }

    [Fact]
    public async Task A_member_who_is_not_lead_gets_a_polite_refusal()
    {
        await SeedRoundAsync(Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6)));

        var reply = Assert.Single(await InChannel(CoalitionSetup.Katinka).SayAsync("<at>CoalitionBot</at> samenvatting checkin"));

        Assert.Null(reply.Card);
        Assert.Contains("voor trekkers en beheerders", reply.Text);
    }

    [Fact]
    public async Task A_summary_over_a_thousand_answers_reads_the_six_newest_rounds_not_each_answer()
    {
        for (var month = 1; month <= 10; month++)
            await SeedRoundAsync(Round($"2026-{month:D2}", [.. Enumerable.Range(1, 100).Select(i => CheckIn($"29:member-{i:D3}", 1 + (i + month) % 10))]));
        var lead = InChannel(Lead);
        await lead.SayAsync("<at>CoalitionBot</at> help"); // the conversation's first turn creates its state
        using var recorder = new StorageMetricsRecorder(Bot.Services.GetRequiredService<StorageMetrics>());

        var card = await TwoCardsOfAsync(lead, "<at>CoalitionBot</at> samenvatting checkin");

        Assert.Contains("Ronde oktober 2026: de cijfers tellen 100 antwoorden", card);
        // The conversation state, the member's coalitions, the coalition, and the seven newest rounds (six for the trend chart, and the newest, which may be open).
        Assert.InRange(recorder.Sum(StorageMetrics.OperationsName, ("operation", "read")), 7, 10);
    }
}
