using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Hardening;

/// <summary>
/// Finding 6 of issue 14, over /api/messages: Markdown and mentions that members type (a partner's name, the 3 B's,
/// a bottleneck, their display name) reach the lead's cards and the members' messages as text, never as a link,
/// a mention or formatting.
/// </summary>
public sealed class MemberTextEndToEndTests : BotAndChannelTests
{
    private const string PartnerName = "[GGD](https://evil.example/x)";
    private static readonly Member Kees = new("29:kees", "**Kees** [klik](https://evil.example/naam)");
    private static readonly Member Lead = CoalitionSetup.Installer;

    /// <summary>What Kees types, each as he means it to be read.</summary>
    private static readonly string[] Typed =
    [
        PartnerName, Kees.Name,
        "Zie [het plan](https://evil.example/plan) <at>Beheerder</at>",
        "**Belangrijk** _echt_", "- punt een", "1. geld", "# kop",
        "[klik hier](https://evil.example/knelpunt) <at>Iedereen</at>",
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka, Kees);
    }

    [Fact]
    public async Task What_members_type_reaches_cards_and_messages_as_text()
    {
        var kees = new DialogConversation(Bot, Channel, member: Kees);
        var form = Assert.Single(await kees.SayAsync("3b")).Card!;
        var answers = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        answers["partnerName"] = PartnerName;
        answers["partnerRole"] = "Implementer"; answers["partnerLevel"] = "Operational";
        answers["intention"] = Typed[2];
        answers["interest"] = $"{Typed[3]}\n{Typed[4]}";
        answers["contribution"] = $"{Typed[5]}\n{Typed[6]}";
        (answers["expectations"], answers["own"]) = ("Regie van de gemeente", "no");
        (answers["influence"], answers["involvement"], answers["attitude"]) = ("4", "3", "Supportive");
        var sent = new List<ConnectorCall>(await kees.SubmitAsync(answers, "card-1"));

        // Katinka answers in text: the partners are listed in her message.
        sent.AddRange(await new DialogConversation(Bot, Channel).SayAsync("3b tekst"));
        Assert.Contains("GGD", sent[^1].Text);

        await Bot.Services.GetRequiredService<DocumentUpdater>().UpdateAsync(CoalitionSetup.Id.Key("checkins", "2026-11"), CheckInJsonContext.Default.CheckInRound,
            _ => Round("2026-11", CheckIn("a", 8, bottleneck: Typed[7]), CheckIn("b", 9), CheckIn("c", 6)), CancellationToken.None);
        var lead = new DialogConversation(Bot, Channel, "nl-NL", "message-channel-mention.json", Lead);
        sent.AddRange(await lead.SayAsync("<at>CoalitionBot</at> samenvatting 3b"));
        sent.AddRange(await lead.SayAsync("<at>CoalitionBot</at> samenvatting 3b [GGD](https://evil.example/x)"));
        sent.AddRange(await lead.SayAsync("<at>CoalitionBot</at> samenvatting checkin"));
        sent.AddRange(await new DialogConversation(Bot, Channel, member: Lead).SayAsync("partners", expectedCalls: 2));

        var texts = sent.SelectMany(RenderedMarkdown.TextsOf).ToList();
        Assert.All(texts, text => Assert.Empty(RenderedMarkdown.HiddenFormatting(text)));
        var shown = string.Join("\n", texts.Select(RenderedMarkdown.PlainText));
        Assert.All(Typed, typed => Assert.Contains(typed, shown));
    }

    [Fact]
    public async Task A_form_shows_an_earlier_answer_as_typed_in_its_input()
    {
        var kees = new DialogConversation(Bot, Channel, member: Kees);
        var form = Assert.Single(await kees.SayAsync("3b")).Card!;
        var answers = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        answers["partnerName"] = PartnerName;
        answers["intention"] = Typed[2]; // the rest left empty: the form comes back with the answers given

        var again = Assert.Single(await kees.SubmitAsync(answers, "card-1")).Body!["attachments"]![0]!["content"]!;

        var inputs = again["body"]!.AsArray().Where(e => e!["value"] is not null).ToDictionary(e => e!["id"]!.GetValue<string>(), e => e!["value"]!.GetValue<string>());
        Assert.Equal(PartnerName, inputs["partnerName"]);
        Assert.Equal(Typed[2], inputs["intention"]);
    }
}
