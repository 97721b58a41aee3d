using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Summaries.Pdf;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>"samenvatting ... pdf" and the summary's PDF button: a one-page A4 for the lead alone, holding what the card shows.</summary>
public sealed class SummaryPdfEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Lead = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    // After November's round has closed.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 15, 0, TimeSpan.Zero);

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("summarypdf");

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        var round = Round("2026-11", CheckIn("29:a", 8, bottleneck: "Geen **geld**, wél <at>plannen</at>"), CheckIn("29:b", 9, bottleneck: "Te weinig tijd"), CheckIn("29:c", 6));
        await Bot.Services.GetRequiredService<DocumentUpdater>().UpdateAsync(CoalitionSetup.Id.Key("checkins", round.RoundId), CheckInJsonContext.Default.CheckInRound, _ => round, CancellationToken.None);
    }

    [Fact]
    public async Task The_pdf_is_one_a4_page_with_every_text_and_figure_of_the_summary_card()
    {
        var lead = new DialogConversation(Bot, Channel, member: Lead);
        var summary = Assert.Single(await lead.SayAsync("samenvatting checkin")).Card!;

        var pdf = await PdfAsync(Assert.Single(await lead.SayAsync("samenvatting checkin pdf")).Card!);

        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
        var text = Squeezed(string.Join(' ', page.GetWords().Select(w => w.Text)));
        foreach (var shown in ShownTexts(summary)) Assert.Contains(Squeezed(shown), text);
        Assert.Contains(Squeezed("Geen **geld**, wél <at>plannen</at>"), text); // as typed, not as formatting
        Assert.Contains(Squeezed("gemaakt op 2 december 2026 om 11:15 uur"), text);
        Assert.DoesNotContain("29:", text);
        Assert.Single(page.GetImages()); // the chart of the means
    }

    [Fact]
    public async Task Asked_in_English_the_pdf_is_in_English()
    {
        var lead = new DialogConversation(Bot, Channel, member: Lead);
        await lead.SayAsync("taal en");

        var pdf = await PdfAsync(Assert.Single(await lead.SayAsync("summary checkin pdf")).Card!);

        using var document = PdfDocument.Open(pdf);
        var text = Squeezed(string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text)));
        Assert.Contains(Squeezed("made on 2 December 2026 at 11:15"), text);
        Assert.Contains(Squeezed("November 2026"), text);
        Assert.DoesNotContain(Squeezed("antwoorden"), text);
    }

    [Fact]
    public async Task The_summary_cards_button_sends_the_link_to_whoever_clicked_it_in_their_personal_chat()
    {
        var lead = new DialogConversation(Bot, Channel, member: Lead);
        var summaryCall = Assert.Single(await lead.SayAsync("samenvatting checkin"));
        var button = summaryCall.Card!["actions"]!.AsArray().Single(a => a!["title"]!.GetValue<string>() == "Als pdf (A4)")!;

        var reply = Assert.Single(await lead.SubmitAsync(button["data"]!.DeepClone().AsObject(), "card-1"));

        Assert.StartsWith($"/v3/conversations/{PersonalChatIds.Of(Lead.UserId)}/", reply.Path);
        Assert.Equal("application/pdf", (await GetAsync(Link(reply.Card!))).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Asked_in_the_channel_the_link_goes_to_the_leads_personal_chat()
    {
        var calls = await new DialogConversation(Bot, Channel, fixture: "message-channel-mention.json", member: Lead).SayAsync("<at>CoalitionBot</at> samenvatting checkin pdf", expectedCalls: 3);

        var personal = Assert.Single(calls, c => c.Path.StartsWith($"/v3/conversations/{PersonalChatIds.Of(Lead.UserId)}/", StringComparison.Ordinal));
        Assert.Contains(SummaryPdfDownload.PathPrefix, personal.Card!.ToJsonString());
        var inChannel = Assert.Single(calls, c => c.Path.StartsWith("/v3/conversations/19:", StringComparison.Ordinal));
        Assert.Contains("persoonlijk bericht gestuurd", inChannel.Text);
        Assert.DoesNotContain(SummaryPdfDownload.PathPrefix, inChannel.Body!.ToJsonString());
    }

    [Fact]
    public async Task A_member_gets_no_link_and_a_lead_who_stepped_down_no_pdf()
    {
        var refusal = Assert.Single(await new DialogConversation(Bot, Channel).SayAsync("samenvatting checkin pdf"));
        Assert.DoesNotContain(SummaryPdfDownload.PathPrefix, refusal.Body!.ToJsonString());

        var link = Link(Assert.Single(await new DialogConversation(Bot, Channel, member: Lead).SayAsync("samenvatting checkin pdf")).Card!);
        await Bot.Services.GetRequiredService<CoalitionStore>().UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(),
            c => c with { Members = [.. c.Members.Select(m => m.UserId == Lead.UserId ? m with { Role = CoalitionRole.Member } : m)] }, CancellationToken.None);

        var response = await GetAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("trekkers en beheerders", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(SummaryPdfDownload.PathPrefix + "garbage")).StatusCode);
    }

    private async Task<byte[]> PdfAsync(JsonNode linkCard)
    {
        var response = await GetAsync(Link(linkCard));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string Link(JsonNode card) => card["actions"]![0]!["url"]!.GetValue<string>();

    private async Task<HttpResponseMessage> GetAsync(string link)
    {
        using var client = Bot.CreateClient();
        return await client.GetAsync(new Uri(link, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(link).PathAndQuery : link);
    }

    /// <summary>Every text and fact of the card as a reader sees it (Markdown and escapes taken off).</summary>
    private static IEnumerable<string> ShownTexts(JsonNode card) =>
        Objects(card).SelectMany(node => node["type"]?.GetValue<string>() switch
        {
            "TextBlock" => [node["text"]!.GetValue<string>()],
            "FactSet" => node["facts"]!.AsArray().SelectMany(f => new[] { f!["title"]!.GetValue<string>(), f["value"]!.GetValue<string>() }),
            _ => [],
        }).SelectMany(t => t.Split('\n')).Select(line => InlineMarkdown.Plain(line.StartsWith("- ", StringComparison.Ordinal) ? line[2..] : line));

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o => [o, .. o.SelectMany(p => Objects(p.Value))],
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };

    /// <summary>Without white space: where a line wraps is the page's business.</summary>
    private static string Squeezed(string text) => Regex.Replace(text, @"\s+", "");
}
