using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Hardening;

/// <summary>
/// Finding 7 of issue 14, over /api/messages: however long members write, within the limits they are given, every card
/// the bot sends stays under 28 KB as it goes out, and a card Teams still refuses is reported to the lead, never dropped in silence.
/// </summary>
public sealed class LongTextEndToEndTests(ITestOutputHelper output) : BotAndChannelTests
{
    private const int TeamsLimit = 28 * 1024;
    private static readonly Member Lead = CoalitionSetup.Installer;

    /// <summary>
    /// As long as a member may write it: <paramref name="characters"/> characters as they see them, the label and then
    /// emoji, each two UTF-16 code units and twelve bytes of escaped JSON: the most a text within its limits can weigh.
    /// </summary>
    private static string Maximal(string label, int characters) => label + string.Concat(Enumerable.Repeat("😀", characters - label.Length));

    private DialogConversation InChannel(Member who) => new(Bot, Channel, "nl-NL", "message-channel-mention.json", who);

    [Fact]
    public async Task A_remark_of_500_characters_that_are_3500_code_units_is_refused_politely()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        var katinka = new DialogConversation(Bot, Channel);
        await katinka.SayAsync("checkin tekst");
        await katinka.SayAsync("8");

        var refused = Assert.Single(await katinka.SayAsync(string.Concat(Enumerable.Repeat("👩🏽‍💻", 500)))); // one character on screen, seven code units
        Assert.Contains("te lang", refused.Text);

        var taken = Assert.Single(await katinka.SayAsync(string.Concat(Enumerable.Repeat("😀", 500))));
        Assert.DoesNotContain("te lang", taken.Text);
    }

    [Theory]
    [InlineData(15)]
    [InlineData(50)]
    public async Task Every_summary_card_stays_under_28_KB_when_every_member_writes_the_most_they_may(int members)
    {
        await CoalitionSetup.InstallAsync(Bot, Channel);
        var partner = new Partner("ggd", Maximal("GGD ", 100), NetworkRole.Implementer);
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException("installed"),
            c => c with { Partners = [partner] }, CancellationToken.None);
        var labels = Enumerable.Range(1, members).Select(i => $"[Lid {i}](https://evil.example/{i}) ").ToList();
        var updater = Bot.Services.GetRequiredService<DocumentUpdater>();
        await updater.UpdateAsync(CoalitionSetup.Id.Key("checkins", "2026-11"), CheckInJsonContext.Default.CheckInRound,
            _ => Round("2026-11", [.. labels.Select(label => CheckIn(label, 7, bottleneck: Maximal(label, 2000), nextStep: Maximal(label, 2000)))]), CancellationToken.None);
        await updater.UpdateAsync(ThreeBsStore.KeyOf(CoalitionSetup.Id, partner.Id), ThreeBsJsonContext.Default.PartnerDescriptions,
            _ => labels.Aggregate(new PartnerDescriptions { PartnerId = partner.Id }, (all, label) => all.With(
                Description(label, Maximal(label, 256), 4, 3, Attitude.Supportive, Maximal(label, 2000)) with { Interest = Maximal(label, 2000), Contribution = Maximal(label, 2000) })),
            CancellationToken.None);
        var lead = InChannel(Lead);

        var checkIn = await lead.SayAsync("<at>CoalitionBot</at> samenvatting checkin");
        var threeBs = await lead.SayAsync("<at>CoalitionBot</at> samenvatting 3b");
        var overview = await lead.SayAsync("<at>CoalitionBot</at> samenvatting");

        var cards = checkIn.Concat(threeBs).Concat(overview).ToList();
        output.WriteLine($"{cards.Count} cards, the largest {cards.Max(c => c.CardBytes):N0} bytes");
        Assert.All(cards, card => Assert.InRange(card.CardBytes ?? 0, 1, TeamsLimit));
        // Split, not dropped: every member's bottleneck and next step, and their view (name and three B's), each cut short where it had to be.
        var shown = string.Join("\n", cards.SelectMany(RenderedMarkdown.TextsOf).Select(RenderedMarkdown.PlainText));
        Assert.All(labels, label => Assert.Equal(6, shown.Split(label).Length - 1));
    }

    [Fact]
    public async Task A_three_bs_confirmation_of_the_longest_answers_stays_under_28_KB()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        var katinka = new DialogConversation(Bot, Channel);
        var answers = Assert.Single(await katinka.SayAsync("3b")).Card!["actions"]![0]!["data"]!.DeepClone().AsObject();
        answers["partnerName"] = Maximal("GGD ", 100);
        answers["partnerRole"] = "Implementer"; answers["partnerLevel"] = "Operational";
        (answers["intention"], answers["interest"], answers["contribution"]) = (Maximal("Bedoeling ", 2000), Maximal("Belang ", 2000), Maximal("Bijdrage ", 2000));
        (answers["expectations"], answers["attitudeReason"], answers["own"]) = (Maximal("Verwachting ", 2000), Maximal("Waarom ", 2000), "no");
        (answers["influence"], answers["involvement"], answers["attitude"]) = ("4", "3", "Supportive");

        var confirmation = Assert.Single(await katinka.SubmitAsync(answers, "card-1"));

        output.WriteLine($"{confirmation.CardBytes:N0} bytes");
        Assert.InRange(confirmation.CardBytes ?? 0, 1, TeamsLimit);
        Assert.Contains("opgeslagen", confirmation.Card!.ToJsonString());
    }

    [Fact]
    public async Task A_summary_card_that_Teams_refuses_as_too_big_is_reported_to_the_lead()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel);
        Channel.Refuse = call => call.Card is not null ? 413 : null;

        var calls = await InChannel(Lead).SayAsync("<at>CoalitionBot</at> samenvatting leiderschap", expectedCalls: 2);

        Assert.NotNull(calls[0].Card);
        Assert.Contains("te groot", calls[1].Text);
    }
}
