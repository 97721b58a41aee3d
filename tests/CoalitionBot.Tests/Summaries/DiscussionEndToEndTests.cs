using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>
/// A lead asks for the summaries a meeting discusses in the team's channel over /api/messages, on Azurite: the check-in's
/// change in numbers, questions, distribution and remarks, and the 3 B's flags.
/// </summary>
public sealed class DiscussionEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    /// <summary>The installer in conversationUpdate-bot-added-to-team.json: the coalition's first admin.</summary>
    private static readonly Member Lead = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("discuss");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private DialogConversation InChannel(string locale = "nl-NL") => new(Bot, Channel, locale, "message-channel-mention.json", Lead);

    private Task SeedRoundAsync(CheckInRound round) =>
        Bot.Services.GetRequiredService<DocumentUpdater>().UpdateAsync(CoalitionSetup.Id.Key("checkins", round.RoundId), CheckInJsonContext.Default.CheckInRound, _ => round, CancellationToken.None);

    /// <summary>October 7,0 everywhere; November ambition 3-9 with remarks, the other aspects down to 6,4.</summary>
    private async Task SeedTwoRoundsAsync()
    {
        await SeedRoundAsync(Round("2026-10", CheckIn("a", 6), CheckIn("b", 7), CheckIn("c", 8)));
        await SeedRoundAsync(Round("2026-11",
            CheckIn("a", 9) with { Remarks = new Dictionary<CheckInAspect, string> { [CheckInAspect.Ambition] = "Zo gaan we het halen" } },
            CheckIn("b", 3) with { Remarks = new Dictionary<CheckInAspect, string> { [CheckInAspect.Ambition] = "Het doel is te vaag" } },
            CheckIn("c", 6, others: 4), CheckIn("d", 8), CheckIn("e", 8)));
    }

    /// <summary>Every card of the check-in summary (the trend follows on its own card), as one text.</summary>
    private async Task<string> CardsOfAsync(DialogConversation who, string text)
    {
        var calls = await who.SayAsync(text, expectedCalls: 2);
        Assert.All(calls, call => Assert.True(call.Card!.ToJsonString().Length < 28 * 1024));
        return string.Concat(calls.Select(call => call.Card!.Readable()));
    }

    /// <summary>The card's JSON with "−" and "…" as they are, not as \u escapes.</summary>

    [Fact]
    public async Task The_check_in_summary_shows_the_change_the_questions_how_many_gave_each_score_and_the_remarks()
    {
        await SeedTwoRoundsAsync();

        var cards = await CardsOfAsync(InChannel(), "<at>CoalitionBot</at> samenvatting checkin");

        Assert.Contains("6,4 (5 antwoorden); omlaag, was 7,0 (\u22120,6)", cards);
        Assert.Contains("De meningen over Ambitie lopen het meest uiteen (3-9). Hoe komt dat?", cards);
        Assert.Contains("Belangen ging van 7,0 naar 6,4 (\u22120,6).", cards);
        Assert.Contains("Ambitie: cijfer 3: 1, cijfer 6: 1, cijfer 8: 2, cijfer 9: 1", cards);
        Assert.DoesNotContain("Belangen: cijfer", cards); // 7, 7, 4, 7, 7: it would give the 4 away
        Assert.Contains("- Het doel is te vaag\\n- Zo gaan we het halen", cards);
        Assert.DoesNotContain("Katinka", cards);
    }

    [Fact]
    public async Task In_English_the_same_in_English()
    {
        await SeedTwoRoundsAsync();

        var cards = await CardsOfAsync(InChannel("en-GB"), "<at>CoalitionBot</at> summary checkin");

        Assert.Contains("6.4 (5 answers); down, was 7.0 (\u22120.6)", cards);
        Assert.Contains("Views on Ambition differ the most (3-9). Why is that?", cards);
        Assert.Contains("Ambition: score 3: 1, score 6: 1, score 8: 2, score 9: 1", cards);
        Assert.Contains("Remarks on Ambition", cards);
    }

    [Fact]
    public async Task The_three_bs_summary_colours_the_partners_by_attitude_and_asks_about_disagreement_and_influential_resistance()
    {
        var coalitions = Bot.Services.GetRequiredService<CoalitionStore>();
        await coalitions.UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException("installed"),
            c => c with { Partners = CoalitionWithPartners(CoalitionSetup.Id).Partners }, CancellationToken.None);
        var store = Bot.Services.GetRequiredService<ThreeBsStore>();
        await store.SaveAsync(CoalitionSetup.Id, Municipality.Id, Description("29:anna", "Anna de Vries", 5, 2, Attitude.Resistant), CancellationToken.None);
        await store.SaveAsync(CoalitionSetup.Id, Municipality.Id, Description("29:bram", "Bram Bakker", 4, 2, Attitude.Resistant), CancellationToken.None);
        await store.SaveAsync(CoalitionSetup.Id, Ggd.Id, Description("29:anna", "Anna de Vries", 4, 4, Attitude.Supportive), CancellationToken.None);
        await store.SaveAsync(CoalitionSetup.Id, Ggd.Id, Description("29:bram", "Bram Bakker", 2, 4, Attitude.Neutral), CancellationToken.None);

        var card = Assert.Single(await InChannel().SayAsync("<at>CoalitionBot</at> samenvatting 3b")).Card!.Readable();

        Assert.Contains("gekleurd naar hun houding: Gemeente Leiden (Weerstand), GGD Hollands Mi… (Verdeeld)", card);
        Assert.Contains("Let op: **Gemeente Leiden** heeft veel invloed (4,5 van 5) en de houding die leden het vaakst noemen is weerstand (2 van 2).", card);
        Assert.Contains("De leden zien **GGD Hollands Midden** verschillend: houding (steunend: 1, neutraal: 1), invloed 2-4.", card);
    }
}
