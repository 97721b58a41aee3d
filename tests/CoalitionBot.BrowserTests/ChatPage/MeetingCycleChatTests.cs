using System.Globalization;
using CoalitionBot.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace CoalitionBot.BrowserTests.ChatPage;

/// <summary>
/// A coalition's meeting cycle on the chat page, as the sample team plays it: the lead opens a round named after the
/// meeting, members check in, the lead closes it, agrees an action, reads the summary to discuss, takes the PDF for the
/// alderman, and the next round asks the owner about the action.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class MeetingCycleChatTests(Chromium chromium) : ChatPageTestsBase(chromium)
{
    private static readonly string[] AspectLabels = ["Ambitie:", "Belangen:", "Relatie:", "Proces:", "Organisatie:"];

    private static readonly (string Name, int Score)[] Members = [("Katinka Jansen", 7), ("Ahmed el Amrani", 8), ("Sanne de Vries", 6)];

    [Fact]
    public async Task Round_check_ins_summary_to_discuss_pdf_and_the_next_round_asks_about_the_action()
    {
        await AsLeadAsync();
        await Chat.SendAsync("ronde nieuw \"overleg 12 november\"");
        await Chat.WaitForBotTextAsync("overleg 12 november");

        foreach (var (member, score) in Members) await CheckInAsync(member, score);

        await AsLeadAsync();
        await Chat.SendAsync("ronde sluit");
        await Chat.WaitForBotTextAsync("gesloten met 3 check-ins");

        await Chat.SendAsync("acties nieuw");
        var form = await Chat.WaitForCardWithTextAsync("Wie is eigenaar?");
        await Chat.FillCardInputAsync("Of omschrijf de actie zelf", "Werkplan naar de wethouder");
        await form.GetByLabel("Wie is eigenaar?").SelectOptionAsync(new SelectOptionValue { Label = "Katinka Jansen" });
        await Chat.FillCardInputAsync("Klaar vóór", DateTime.Today.AddDays(14).ToString("d-M-yyyy", CultureInfo.InvariantCulture));
        await Chat.ClickCardButtonAsync("Versturen");
        await Chat.WaitForCardWithTextAsync("Werkplan naar de wethouder");

        await Chat.SendAsync("samenvatting checkin");
        var summary = await Chat.WaitForCardWithTextAsync("Samenvatting check-in");
        var text = await summary.InnerTextAsync();
        Assert.Contains("overleg 12 november", text);
        Assert.Contains("Om te bespreken", text);
        Assert.Contains("Werkplan naar de wethouder", text);
        Assert.Contains("Katinka Jansen", text);
        await Chat.ScreenshotAsync("meeting-cycle-summary");

        await summary.GetByRole(AriaRole.Button, new() { Name = "Als pdf (A4)", Exact = true }).ClickAsync();
        // Web Chat opens an Action.OpenUrl with window.open: note where it goes.
        await Chat.Page.EvaluateAsync("() => { window.open = url => { window.openedUrl = String(url); return null; }; }");
        await (await Chat.WaitForCardWithTextAsync("Samenvatting als pdf")).GetByRole(AriaRole.Button, new() { Name = "Open de pdf" }).ClickAsync();
        var pdfUrl = await (await Chat.Page.WaitForFunctionAsync("() => window.openedUrl")).JsonValueAsync<string>();
        var response = await Chat.Page.APIRequest.GetAsync(pdfUrl);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using (var pdf = PdfDocument.Open(await response.BodyAsync()))
        {
            var page = Assert.Single(pdf.GetPages());
            var words = string.Join(' ', page.GetWords().Select(w => w.Text));
            Assert.Contains("november", words);
            Assert.Contains("Werkplan", words);
        }

        await Chat.SendAsync("ronde nieuw \"overleg 10 december\"");
        await Chat.WaitForBotTextAsync("overleg 10 december");
        await Chat.ActAsAsync("Katinka Jansen");
        await Chat.SendAsync("checkin");
        await Chat.WaitForCardWithTextAsync("Is 'Werkplan naar de wethouder' gelukt?");
        await Chat.ScreenshotAsync("meeting-cycle-next-check-in-asks");
    }

    private async Task AsLeadAsync()
    {
        await Chat.ActAsAsync("Marieke Bos");
        await Chat.UseConversationAsync(teamChannel: false);
    }

    private async Task CheckInAsync(string member, int score)
    {
        await Chat.ActAsAsync(member);
        await Chat.SendAsync("checkin");
        await Chat.WaitForCardWithTextAsync("overleg 12 november");
        for (var i = 0; i < AspectLabels.Length; i++) await Chat.FillCardInputAsync(AspectLabels[i], (score - i % 2).ToString(CultureInfo.InvariantCulture));
        await Chat.FillCardInputAsync("Welk rapportcijfer", score.ToString(CultureInfo.InvariantCulture));
        await Chat.FillCardInputAsync("Wat is nu het lastigste punt", $"knelpunt van {member}");
        await Chat.FillCardInputAsync("Wat is de volgende stap", "Werksessie plannen");
        await Chat.ClickCardButtonAsync("Versturen");
        await Chat.WaitForCardWithTextAsync("je check-in voor de ronde");
    }
}
