using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Hardening;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CoalitionBot.Tests.Isolation;

/// <summary>
/// The admin of team A tries everything the bot offers, and forges card values, invokes and download links naming
/// team B of the same tenant: nothing of B reaches them, and nothing of B changes.
/// </summary>
public sealed class TeamIsolationTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member AdminOfA = CoalitionSetup.Installer;
    private readonly AnotherCoalition teamB = new(new HostileActivities.Target(CoalitionSetup.TenantId, "19:team-b@thread.tacv2", "partner-of-b", "29:member-of-b"));

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("isolation");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        await teamB.SeedAsync(Bot.Services);
    }

    private static JsonObject FormData(JsonNode card) => card["actions"]![0]!["data"]!.DeepClone().AsObject();

    private static JsonObject FormWith(JsonObject data, params (string Id, string Value)[] inputs)
    {
        var value = data.DeepClone().AsObject();
        foreach (var (id, text) in inputs) value[id] = text;
        return value;
    }

    /// <summary>Posts and returns the text of everything the bot sent because of it (replies go out before the HTTP answer).</summary>
    private async Task<string> SendAsync(JsonObject activity)
    {
        var before = Channel.Calls.Count;
        using var response = await Bot.PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return body + string.Concat(Channel.Calls.Skip(before).Select(c => c.Body?.ToJsonString()));
    }

    private Task<string> SayAsync(DialogConversation chat, string text) => SendAsync(chat.Message(a => a["text"] = text));

    private Task<string> SubmitAsync(DialogConversation chat, JsonObject value) =>
        SendAsync(chat.Message(a => { a.Remove("text"); a["value"] = value; a["replyToId"] = "card-1"; }));

    /// <summary>The last card the bot sent in answer to <paramref name="text"/>.</summary>
    private async Task<JsonNode> FormAsync(DialogConversation chat, string text)
    {
        await SayAsync(chat, text);
        return Channel.Calls.Last(c => c.Card is not null).Card!;
    }

    [Fact]
    public async Task An_admin_of_team_A_obtains_and_changes_nothing_of_team_B()
    {
        var before = await teamB.DocumentsAsync(Bot.Services);
        var personal = new DialogConversation(Bot, Channel, member: AdminOfA);
        var inChannel = new DialogConversation(Bot, Channel, fixture: "message-channel-mention.json", member: AdminOfA);
        var seen = new StringBuilder();

        // Every command, in the 1:1 chat and in team A's channel, some naming B's partner, team or member.
        string[] commands = ["help", "samenvatting", "samenvatting checkin", "samenvatting leiderschap", "samenvatting 3b",
            $"samenvatting 3b {AnotherCoalition.PartnerName}", $"samenvatting 3b {teamB.Target.PartnerId}", "partners", "rollen",
            "mijn gegevens", "coalitie", $"coalitie {teamB.Target.TeamId}", "checkin", "leiderschap", "stop"];
        foreach (var command in commands)
        {
            seen.Append(await SayAsync(personal, command));
            seen.Append(await SayAsync(inChannel, "<at>CoalitionBot</at> " + command));
        }
        // "3b" with B's partner's name: to team A that is a new partner, the name filled in as typed (so it is in the form,
        // as it would be with any name) and nothing of B's partner with it.
        var named = await SayAsync(personal, $"3b {AnotherCoalition.PartnerName}");
        Assert.Contains($"\"partnerName\",\"value\":\"{AnotherCoalition.PartnerName}\"", named, StringComparison.Ordinal);
        seen.Append(named.Replace(AnotherCoalition.PartnerName, "(typed)", StringComparison.Ordinal));

        // Team A gets a partner of its own, so its forms offer a partner to choose.
        var threeBs = FormData(await FormAsync(personal, "3b"));
        threeBs["intention"] = "x"; threeBs["interest"] = "x"; threeBs["contribution"] = "x"; threeBs["expectations"] = "x"; threeBs["own"] = "no"; threeBs["influence"] = "3"; threeBs["involvement"] = "3"; threeBs["attitude"] = "Neutral";
        seen.Append(await SubmitAsync(personal, FormWith(threeBs, ("partnerName", "GGD van A"), ("partnerRole", "Implementer"), ("partnerLevel", "Operational"))));
        Assert.Contains("GGD van A", seen.ToString());

        // Forged form values: B's partner in the 3 B's and the partner editor, B's member in the roles, B's team as the coalition.
        threeBs = FormWith(FormData(await FormAsync(personal, "3b")), ("intention", "x"), ("interest", "x"), ("contribution", "x"), ("expectations", "x"), ("own", "no"), ("influence", "3"), ("involvement", "3"), ("attitude", "Neutral"));
        threeBs["partner"] = teamB.Target.PartnerId;
        seen.Append(await SubmitAsync(personal, threeBs));
        var withCoalition = FormData(await FormAsync(personal, "3b"));
        withCoalition["tenant"] = teamB.Target.TenantId; withCoalition["team"] = teamB.Target.TeamId;
        seen.Append(await SubmitAsync(personal, withCoalition));
        var partners = FormData(await FormAsync(personal, "partners"));
        partners["partner"] = teamB.Target.PartnerId; partners["name"] = "Overgenomen"; partners["role"] = "User";
        seen.Append(await SubmitAsync(personal, partners));
        var roles = FormData(await FormAsync(personal, "rollen"));
        roles["member"] = teamB.Target.MemberId; roles["role"] = "Admin";
        seen.Append(await SubmitAsync(personal, roles));
        seen.Append(await SubmitAsync(personal, new JsonObject { ["dialog"] = "choose-coalition", ["form"] = "guessed", ["coalition"] = teamB.Target.TeamId }));
        seen.Append(await SubmitAsync(personal, new JsonObject { ["command"] = $"samenvatting 3b {AnotherCoalition.PartnerName}" }));
        // The same as an Action.Execute invoke, whose answer comes back in the HTTP response.
        var invoke = TeamsFixtures.Load("invoke-adaptiveCard-action.json", Channel.ServiceUrl);
        invoke["from"] = new JsonObject { ["id"] = AdminOfA.UserId, ["name"] = AdminOfA.Name };
        invoke["value"]!["action"]!["data"] = threeBs.DeepClone();
        seen.Append(await SendAsync(invoke));

        // The "my data" download, as given and with the person swapped for B's member (the signature no longer fits).
        var link = new Uri(Channel.Calls.Last(c => c.Card?.ToJsonString().Contains("/api/my-data/") == true).Card!["actions"]![0]!["url"]!.GetValue<string>());
        using var client = Bot.CreateClient();
        seen.Append(await client.GetStringAsync(link.PathAndQuery));
        var token = link.Segments[^1].Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(token[0]))!;
        payload["claims"]!["user"] = teamB.Target.MemberId;
        payload["claims"]!["tenant"] = teamB.Target.TenantId;
        var forged = $"/api/my-data/{Base64UrlEncoder.Encode(payload.ToJsonString())}.{token[1]}";
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(forged)).StatusCode);

        var everything = seen.ToString();
        Assert.Contains("Beheerder", everything, StringComparison.Ordinal); // the roles card of team A did arrive
        Assert.All(AnotherCoalition.Secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase));
        AnotherCoalition.AssertUnchanged(before, await teamB.DocumentsAsync(Bot.Services));
        var coalitionsOfAdmin = await Bot.Services.GetRequiredService<CoalitionStore>().CoalitionsOfAsync(CoalitionSetup.TenantId, AdminOfA.UserId, CancellationToken.None);
        Assert.Equal([CoalitionSetup.Id], coalitionsOfAdmin.Select(c => c.Id));
    }
}
