using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Privacy;

/// <summary>
/// Every dialog, run with a marker in every free-text answer and in every member and partner name: nothing the bot
/// logs, at any level and in any exception, contains the marker.
/// </summary>
public sealed class LogPrivacyTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private const string Marker = "Zq7Qx";
    private static readonly Member Katinka = new(CoalitionSetup.Katinka.UserId, $"Katinka {Marker}-naam");
    private static readonly Member Ahmed = new("29:ahmed", $"Ahmed {Marker}-naam");
    private static readonly Member Admin = CoalitionSetup.Installer with { Name = $"Beheerder {Marker}-naam" };

    private readonly CapturedLogs logs = new();

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("logs");

    protected override void ConfigureBotServices(IServiceCollection services) => logs.AddTo(services);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, Katinka, Ahmed);
    }

    private static JsonObject FormData(JsonNode card) => card["actions"]![0]!["data"]!.DeepClone().AsObject();

    private static string Text(string what) => $"{what} {Marker}-antwoord <script>alert('{Marker}')</script>";

    private async Task CheckInAsync(DialogConversation member)
    {
        var value = FormData(Assert.Single(await member.SayAsync("checkin")).Card!);
        foreach (var aspect in new[] { "Ambition", "Interests", "Relationship", "Process", "Organisation" })
        {
            value["score" + aspect] = "7";
            value["remark" + aspect] = Text("opmerking");
        }
        value["grade"] = "7";
        value["bottleneck"] = Text("knelpunt");
        value["nextStep"] = Text("volgende stap");
        await member.SubmitAsync(value, "card-checkin");
    }

    private async Task ThreeBsAsync(DialogConversation member, Action<JsonObject> partner)
    {
        var value = FormData(Assert.Single(await member.SayAsync("3b")).Card!);
        partner(value);
        value["intention"] = Text("bedoeling");
        value["interest"] = Text("belang");
        value["contribution"] = Text("bijdrage");
        value["expectations"] = Text("verwachtingen");
        value["attitudeReason"] = Text("waarom");
        value["own"] = "no";
        value["influence"] = "4";
        value["involvement"] = "2";
        value["attitude"] = "Supportive";
        await member.SubmitAsync(value, "card-3b");
    }

    [Fact]
    public async Task No_answer_text_or_name_from_any_dialog_reaches_the_log()
    {
        var katinka = new DialogConversation(Bot, Channel, member: Katinka);
        await CheckInAsync(katinka);
        await ThreeBsAsync(katinka, v => { v["partnerName"] = $"GGD {Marker}-partner"; v["partnerRole"] = "Implementer"; v["partnerLevel"] = "Operational"; });
        await katinka.SubmitAsync(LeadershipForm.Answers(Assert.Single(await katinka.SayAsync("leiderschap")).Card!, AnswerPlan.CoachInNeedOfDirecting), "card-leadership");
        await katinka.SayAsync("demo tekst");
        await katinka.SayAsync(Text("organisatie"));
        await katinka.SayAsync("checkin tekst");
        await katinka.SayAsync("8");
        await katinka.SayAsync(Text("opmerking"));
        await katinka.SayAsync("stop");
        await katinka.SayAsync(Text("geen commando"));
        // A forged form: unknown fields and an answer far too long, all carrying the marker.
        var forged = FormData(Assert.Single(await katinka.SayAsync("3b")).Card!);
        forged[$"{Marker}-veld"] = Text("vals");
        forged["intention"] = new string('x', 3000) + Marker;
        await katinka.SubmitAsync(forged, "card-forged");
        await katinka.SayAsync("stop");

        // Ahmed joins in the channel, which sends his questionnaires to his own chat, where he answers them.
        var ahmedInChannel = new DialogConversation(Bot, Channel, fixture: "message-channel-mention.json", member: Ahmed);
        var ahmed = new DialogConversation(Bot, Channel, member: Ahmed);
        var partnerId = (await Bot.Services.GetRequiredService<CoalitionStore>().GetAsync(CoalitionSetup.Id, CancellationToken.None))!.Partners.Single().Id;
        await ahmedInChannel.SayAsync("<at>CoalitionBot</at> checkin", expectedCalls: 3);
        await ahmed.SayAsync("stop");
        await CheckInAsync(ahmed);
        await ThreeBsAsync(ahmed, v => v["partner"] = partnerId);
        await ahmedInChannel.SayAsync($"<at>CoalitionBot</at> {Text("vraag")}");

        var admin = new DialogConversation(Bot, Channel, member: Admin);
        var roles = FormData((await admin.SayAsync("rollen", expectedCalls: 2))[1].Card!);
        roles["member"] = Katinka.UserId;
        roles["role"] = "Lead";
        await admin.SubmitAsync(roles, "card-roles");
        var partners = FormData((await admin.SayAsync("partners", expectedCalls: 2))[1].Card!);
        partners["partner"] = partnerId;
        partners["name"] = $"GGD Hollands Midden {Marker}-partner";
        partners["role"] = "Funder";
        await admin.SubmitAsync(partners, "card-partners");
        foreach (var summary in new[] { "samenvatting", "samenvatting checkin", "samenvatting leiderschap", "samenvatting 3b", $"samenvatting 3b GGD Hollands Midden {Marker}-partner", $"samenvatting 3b {Marker}-onbekend" })
            await admin.SayAsync(summary);

        var myData = Assert.Single(await katinka.SayAsync("mijn gegevens")).Card!;
        using var client = Bot.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(myData["actions"]![0]!["url"]!.GetValue<string>()).PathAndQuery)).StatusCode);
        var confirm = FormData(Assert.Single(await katinka.SayAsync("verwijder mijn gegevens")).Card!);
        confirm["confirm"] = "yes";
        await katinka.SubmitAsync(confirm, "card-delete");

        // Refused requests: a body that is not JSON and an activity whose text breaks the schema.
        Assert.Equal(HttpStatusCode.BadRequest, (await Bot.PostRawAsync($"{{\"type\":\"message\",\"text\":\"{Marker}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Bot.PostRawAsync($"{{\"type\":\"message\",\"text\":{{\"{Marker}\":1}}}}")).StatusCode);

        Assert.NotEmpty(logs.Entries); // the provider did capture: the bot logs at start and per request
        Assert.True(logs.Entries.Count > 100, $"Only {logs.Entries.Count} log entries were captured; expected the Trace-level traffic of every turn.");
        Assert.Empty(logs.Containing(Marker));
    }
}
