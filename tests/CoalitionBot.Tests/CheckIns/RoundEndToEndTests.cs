using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using CoalitionBot.Tests.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.CheckIns;

/// <summary>
/// Rounds that follow the coalition's meetings, over /api/messages on Azurite: a lead opens one named after the meeting,
/// members check in, it closes (by the lead or at its time), and only then does the summary show its figures.
/// </summary>
public sealed class RoundEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member[] Members = [.. Enumerable.Range(1, 4).Select(i => new Member($"29:member-{i}", $"Lid {i}"))];

    // 3 November 2026, 10:00 in Dutch time.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero));

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("rounds");

    protected override void ConfigureBotServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(clock);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, Members);
    }

    private DialogConversation Lead => new(Bot, Channel, member: CoalitionSetup.Installer);

    private CheckInStore Rounds => Bot.Services.GetRequiredService<CheckInStore>();

    private static JsonObject Answers(JsonNode form, int score)
    {
        var value = FormAnswers.Fill(form, "tekst", wrong: false);
        foreach (var key in value.Select(p => p.Key).Where(k => k.StartsWith("score", StringComparison.Ordinal) || k == "grade").ToList()) value[key] = score.ToString();
        return value;
    }

    private async Task<JsonNode> StartCheckInAsync(Member member) => Assert.Single(await new DialogConversation(Bot, Channel, member: member).SayAsync("checkin")).Card!;

    private async Task<string> CheckInAsync(Member member, int score)
    {
        var conversation = new DialogConversation(Bot, Channel, member: member);
        var form = Assert.Single(await conversation.SayAsync("checkin")).Card!;
        return Assert.Single(await conversation.SubmitAsync(Answers(form, score), "card-" + member.UserId)).Card!.ToJsonString();
    }

    private async Task<string> SummaryAsync(string command = "samenvatting checkin") =>
        string.Concat((await Lead.SayAsync(command)).Select(call => call.Card!.ToJsonString()));

    [Fact]
    public async Task A_round_named_after_the_meeting_collects_the_check_ins_and_shows_its_figures_once_it_closes_at_its_time()
    {
        var opened = Assert.Single(await Lead.SayAsync("ronde nieuw \"Overleg 12 november\" 12-11-2026 17:00")).Text!;
        Assert.Contains("**Overleg 12 november** is geopend en sluit op 12 nov", opened);

        var form = await StartCheckInAsync(Members[0]);
        Assert.Contains("Deze check-in hoort bij de ronde **Overleg 12 november**", form.ToJsonString());
        foreach (var (member, score) in Members.Take(3).Zip([6, 7, 8])) Assert.Contains("Overleg 12 november is opgeslagen", await CheckInAsync(member, score));

        var whileOpen = await SummaryAsync();
        Assert.Contains("Er is nog geen ronde gesloten", whileOpen);
        Assert.Contains("De ronde **Overleg 12 november** loopt nog: 3 check-ins tot nu toe", whileOpen);
        Assert.DoesNotContain("7,0", whileOpen);

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 12, 16, 1, 0, TimeSpan.Zero)); // 17:01 in Dutch time
        var afterClosing = await SummaryAsync();
        Assert.Contains("Ronde Overleg 12 november: de cijfers tellen 3 antwoorden", afterClosing);
        Assert.Contains("7,0 (3 antwoorden)", afterClosing);
        Assert.Contains("Er loopt nu geen ronde", Assert.Single(await Lead.SayAsync("ronde")).Text);
    }

    [Fact]
    public async Task A_form_submitted_after_the_lead_closed_the_round_is_refused_politely_and_saves_nothing()
    {
        Assert.Contains("is geopend", Assert.Single(await Lead.SayAsync("ronde nieuw Overleg 12 november")).Text);
        var late = new DialogConversation(Bot, Channel, member: Members[3]);
        var form = Assert.Single(await late.SayAsync("checkin")).Card!;
        await CheckInAsync(Members[0], 7);

        Assert.Contains("gesloten met 1 check-in.", Assert.Single(await Lead.SayAsync("ronde sluit")).Text);
        var refusal = Assert.Single(await late.SubmitAsync(Answers(form, 9), "card-late")).Card!.ToJsonString();

        Assert.Contains("inmiddels gesloten", refusal);
        var round = Assert.Single(await Rounds.NewestAsync(CoalitionSetup.Id, 5, CancellationToken.None));
        Assert.Equal([Members[0].UserId], round.Answers.Keys);
    }

    [Fact]
    public async Task Opening_the_next_round_closes_the_open_one_and_a_rename_shows_in_the_check_in()
    {
        await Lead.SayAsync("ronde nieuw Overleg 12 november");
        foreach (var (member, score) in Members.Take(3).Zip([6, 7, 8])) await CheckInAsync(member, score);
        clock.Advance(TimeSpan.FromDays(10));

        var next = Assert.Single(await Lead.SayAsync("ronde nieuw Overleg 10 december")).Text!;
        Assert.Contains("**Overleg 12 november** is gesloten met 3 check-ins.", next);
        Assert.Contains("**Overleg 10 december** is geopend", next);
        Assert.Contains("De lopende ronde heet nu **Overleg 11 december**", Assert.Single(await Lead.SayAsync("ronde hernoem \"Overleg 11 december\"")).Text);
        Assert.Contains("Overleg 11 december", (await StartCheckInAsync(Members[0])).ToJsonString());

        var summary = await SummaryAsync();
        Assert.Contains("Ronde Overleg 12 november: de cijfers tellen 3 antwoorden", summary);
        Assert.Contains("De ronde **Overleg 11 december** loopt nog: 0 check-ins tot nu toe", summary);
    }

    [Fact]
    public async Task Monthly_rounds_of_before_are_closed_rounds_and_an_older_round_is_shown_by_its_name()
    {
        var services = Bot.Services;
        await CheckInSeeds.SaveAsync(services, CoalitionSetup.Id, "2026-09", SummaryTestData.CheckIn("a", 5), CancellationToken.None);
        foreach (var id in new[] { "a", "b", "c" })
        {
            await CheckInSeeds.SaveAsync(services, CoalitionSetup.Id, "2026-09", SummaryTestData.CheckIn(id, 5), CancellationToken.None);
            await CheckInSeeds.SaveAsync(services, CoalitionSetup.Id, "2026-10", SummaryTestData.CheckIn(id, 9), CancellationToken.None);
        }

        Assert.Contains("Ronde oktober 2026: de cijfers tellen 3 antwoorden", await SummaryAsync());
        Assert.Contains("Ronde september 2026: de cijfers tellen 3 antwoorden", await SummaryAsync("samenvatting checkin september 2026"));
        Assert.Contains("Ik ken geen gesloten ronde met de naam **augustus 2026**", await SummaryAsync("samenvatting checkin augustus 2026"));
    }

    [Fact]
    public async Task Without_an_open_round_the_check_ins_of_a_whole_meeting_open_one_round_for_the_month()
    {
        var conversations = Members.Select(member => new DialogConversation(Bot, Channel, member: member)).ToList();
        var forms = new List<JsonNode>();
        foreach (var conversation in conversations) forms.Add(Assert.Single(await conversation.SayAsync("checkin")).Card!);

        await Task.WhenAll(conversations.Select((c, i) => Bot.PostActivityAsync(c.Message(a =>
        {
            a.Remove("text");
            a["value"] = Answers(forms[i], 7);
            a["replyToId"] = "card-" + i;
        }))));

        var round = Assert.Single(await Rounds.NewestAsync(CoalitionSetup.Id, 5, CancellationToken.None));
        Assert.Equal(Members.Select(m => m.UserId).Order(), round.Answers.Keys.Order());
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), round.End); // the end of November in Dutch time
    }

    [Fact]
    public async Task Only_leads_and_admins_open_and_close_rounds()
    {
        var member = Assert.Single(await new DialogConversation(Bot, Channel, member: Members[0]).SayAsync("ronde nieuw Mijn ronde")).Text!;

        Assert.Contains("Rondes openen en sluiten is voor trekkers en beheerders", member);
        Assert.Null(await Rounds.OpenRoundAsync(CoalitionSetup.Id, CancellationToken.None));
    }
}
