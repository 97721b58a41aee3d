using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>Where a summary goes: a reply in the thread asked in, a new thread in the channel, or the lead's 1:1 chat with a button that posts it in the channel.</summary>
public sealed class SummaryDeliveryEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Lead = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    /// <summary>The channel of message-channel-mention.json, and its thread.</summary>
    private const string ChannelId = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";
    private const string ThreadId = ChannelId + ";messageid=1772439164123";

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("delivery");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        await Bot.Services.GetRequiredService<DocumentUpdater>().UpdateAsync(CoalitionSetup.Id.Key("checkins", "2026-11"), CheckInJsonContext.Default.CheckInRound,
            _ => Round("2026-11", CheckIn("a", 8), CheckIn("b", 9), CheckIn("c", 6), CheckIn("d", 8), CheckIn("e", 8)), CancellationToken.None);
    }

    /// <summary>As the bot wrote it: the default encoder would turn every '+' of an image's base64 into six bytes.</summary>

    private DialogConversation InChannel(Member who) => new(Bot, Channel, "nl-NL", "message-channel-mention.json", who);

    private DialogConversation InChat(Member who) => new(Bot, Channel, "nl-NL", member: who);

    [Fact]
    public async Task Asked_in_a_thread_the_summary_is_a_reply_in_that_thread()
    {
        var reply = Assert.Single(await InChannel(Lead).SayAsync("<at>CoalitionBot</at> samenvatting checkin"));

        Assert.Equal("POST", reply.Method);
        Assert.StartsWith($"/v3/conversations/{ThreadId}/activities/msg-", reply.Path);
        Assert.Contains("7,8, spreiding 6-9", reply.Card!.ToJsonString());
    }

    [Fact]
    public async Task With_nieuw_the_summary_starts_a_new_thread_in_the_channel_asked_in()
    {
        var created = Assert.Single(await InChannel(Lead).SayAsync("<at>CoalitionBot</at> samenvatting checkin nieuw"));

        Assert.Equal("/v3/conversations", created.Path);
        Assert.True(created.Body!["isGroup"]!.GetValue<bool>());
        Assert.Equal(ChannelId, created.Body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal(CoalitionSetup.TenantId, created.Body["tenantId"]!.GetValue<string>());
        Assert.Contains("7,8, spreiding 6-9", created.Body["activity"]!["attachments"]![0]!["content"]!.ToJsonString());
    }

    [Fact]
    public async Task The_overview_in_the_channel_offers_a_new_thread_per_summary()
    {
        var overview = Assert.Single(await InChannel(Lead).SayAsync("<at>CoalitionBot</at> samenvatting")).Card!.ToJsonString();

        Assert.Contains("\"command\":\"samenvatting checkin nieuw\"", overview);
        Assert.Contains("\"command\":\"samenvatting 3b nieuw\"", overview);
    }

    [Fact]
    public async Task In_a_one_to_one_chat_the_button_posts_the_summary_as_a_new_thread_in_the_channel_the_team_last_used()
    {
        await InChannel(CoalitionSetup.Katinka).SayAsync("<at>CoalitionBot</at> help"); // the team used the bot in this channel
        var lead = InChat(Lead);

        var summary = Assert.Single(await lead.SayAsync("samenvatting checkin"));
        Assert.StartsWith($"/v3/conversations/a:personal-{Lead.UserId}/activities", summary.Path);
        var button = summary.Card!["actions"]![0]!;
        Assert.Equal("Plaats in het kanaal van het team", button["title"]!.GetValue<string>());

        var calls = await lead.SubmitAsync(button["data"]!.DeepClone().AsObject(), "card-1", expectedCalls: 2);

        var created = calls.Single(c => c.Path == "/v3/conversations");
        Assert.Equal(ChannelId, created.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Contains("7,8, spreiding 6-9", created.Body["activity"]!["attachments"]![0]!["content"]!.ToJsonString());
        Assert.Contains("in het kanaal van het team gezet", calls.Single(c => c.Path != "/v3/conversations").Text);
    }

    [Fact]
    public async Task Without_a_known_channel_the_button_posts_in_the_teams_general_channel()
    {
        // Forget the channel the install came from.
        await Bot.Services.GetRequiredService<IDocumentStore>().DeleteAsync(StorageKey.Of("references", "team-channels", "msteams", CoalitionSetup.TeamId), null, CancellationToken.None);
        var lead = InChat(Lead);
        var button = Assert.Single(await lead.SayAsync("summary leadership")).Card!["actions"]![0]!;

        var calls = await lead.SubmitAsync(button["data"]!.DeepClone().AsObject(), "card-1", expectedCalls: 2);

        Assert.Equal(CoalitionSetup.TeamId, calls.Single(c => c.Path == "/v3/conversations").Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_button_naming_another_team_is_refused_and_posts_nothing()
    {
        var other = new CoalitionId(CoalitionSetup.TenantId, "19:other-team@thread.tacv2");
        await Bot.Services.GetRequiredService<CoalitionStore>().AddMembersAsync(other, () => new Coalition { Id = other, ServiceUrl = Channel.ServiceUrl.ToString() },
            [(Lead.UserId, Lead.Name, null)], CancellationToken.None); // the lead is only a member there
        var forged = new JsonObject { ["command"] = "samenvatting checkin kanaal", ["tenant"] = other.TenantId, ["team"] = other.TeamId };

        var reply = Assert.Single(await InChat(Lead).SubmitAsync(forged, "card-1"));

        Assert.Contains("voor trekkers en beheerders", reply.Text);
        Assert.DoesNotContain(Channel.Calls, c => c.Path == "/v3/conversations");
    }

    [Fact]
    public async Task A_button_naming_a_team_of_another_tenant_is_refused()
    {
        var forged = new JsonObject { ["command"] = "samenvatting checkin kanaal", ["tenant"] = "other-tenant", ["team"] = CoalitionSetup.TeamId };

        var reply = Assert.Single(await InChat(Lead).SubmitAsync(forged, "card-1"));

        Assert.Contains("voor trekkers en beheerders", reply.Text);
        Assert.DoesNotContain(Channel.Calls, c => c.Path == "/v3/conversations");
    }

    [Fact]
    public async Task A_button_naming_a_team_id_of_many_kilobytes_is_treated_as_naming_none()
    {
        var forged = new JsonObject { ["command"] = "samenvatting checkin", ["tenant"] = CoalitionSetup.TenantId, ["team"] = new string('t', 100_000) };

        var reply = Assert.Single(await InChat(Lead).SubmitAsync(forged, "card-1"));

        Assert.Contains("7,8, spreiding 6-9", reply.Card!.ToJsonString()); // the lead's own coalition, in this chat
    }

    [Fact]
    public async Task A_member_who_clicks_a_leads_button_is_refused()
    {
        var button = Assert.Single(await InChat(Lead).SayAsync("samenvatting checkin")).Card!["actions"]![0]!;

        var reply = Assert.Single(await InChat(CoalitionSetup.Katinka).SubmitAsync(button["data"]!.DeepClone().AsObject(), "card-1"));

        Assert.Contains("voor trekkers en beheerders", reply.Text);
        Assert.DoesNotContain(Channel.Calls, c => c.Path == "/v3/conversations");
    }

    [Fact]
    public async Task A_partner_the_coalition_does_not_have_is_answered_in_the_thread_even_with_nieuw()
    {
        var reply = Assert.Single(await InChannel(Lead).SayAsync("<at>CoalitionBot</at> samenvatting 3b Bakkerij de Korenbloem nieuw"));

        Assert.StartsWith($"/v3/conversations/{ThreadId}/activities/msg-", reply.Path);
        Assert.Contains("Die partner ken ik niet", reply.Card!.ToJsonString());
    }

    [Fact]
    public async Task A_long_three_bs_summary_becomes_one_thread_its_later_cards_replies_in_it()
    {
        var coalitions = Bot.Services.GetRequiredService<CoalitionStore>();
        var partners = Enumerable.Range(1, 30).Select(i => new Partner($"p{i}", $"Partner {i}", NetworkRole.Implementer)).ToList();
        await coalitions.UpdateAsync(CoalitionSetup.Id, () => throw new InvalidOperationException(), c => c with { Partners = partners }, CancellationToken.None);
        var store = Bot.Services.GetRequiredService<CoalitionBot.ThreeBs.ThreeBsStore>();
        foreach (var partner in partners)
            foreach (var member in new[] { "29:anna", "29:bram", "29:chris" })
                await store.SaveAsync(CoalitionSetup.Id, partner.Id, Description(member, member, 3, 4, CoalitionBot.ThreeBs.Attitude.Supportive, new string('x', 300)), CancellationToken.None);

        var calls = await InChannel(Lead).SayAsync("<at>CoalitionBot</at> samenvatting 3b nieuw", expectedCalls: 2);
        await Task.Delay(500); // the rest of the parts
        calls = [.. Channel.Calls.Where(c => c.Method == "POST")];

        var created = Assert.Single(calls, c => c.Path == "/v3/conversations");
        var replies = calls.Where(c => c.Path.StartsWith($"/v3/conversations/{ChannelId};messageid=", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(replies);
        Assert.All(replies.Select(r => r.Card!).Append(created.Body!["activity"]!["attachments"]![0]!["content"]!),
            card => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(card.Readable()), 1, 28 * 1024));
    }
}
