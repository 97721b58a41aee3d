using System.Net;
using System.Net.Http.Json;
using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.BotFramework.Connector;

namespace CoalitionBot.Tests.Benchmarks;

/// <summary>
/// Over HTTP, the benchmark's channel answers above Teams' limits with 429 and Retry-After and counts what it throttled,
/// serves the roster page by page and opens 1:1 chats, as the bot's connector client asks for them.
/// </summary>
public sealed class ChannelServiceThrottlingTests
{
    [Fact]
    public async Task A_message_above_the_conversation_limit_gets_429_with_Retry_After_and_is_not_delivered()
    {
        var ledger = new DeliveryLedger();
        await using var channel = await ChannelService.StartAsync([], new TeamsThrottling(TimeProvider.System, perConversation: 1), ledger);
        using var http = new HttpClient { BaseAddress = channel.ServiceUrl };
        var activity = new { type = "message", text = "Tijd voor de check-in", conversation = new { id = "a:chat", tenantId = "tenant" } };

        var first = await http.PostAsJsonAsync("v3/conversations/a%3Achat/activities", activity);
        var second = await http.PostAsJsonAsync("v3/conversations/a%3Achat/activities", activity);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), second.Headers.RetryAfter?.Delta);
        Assert.Equal(1, channel.Throttled);
        Assert.Equal(1, ledger.Delivered);
        Assert.Single(channel.TakeMessages("a:chat"));
    }

    [Fact]
    public async Task The_roster_comes_page_by_page_and_the_connector_reads_all_of_it()
    {
        var roster = Enumerable.Range(1, 1_234).Select(i => new RosterMember($"29:member-{i}", $"Lid {i}")).ToList();
        await using var channel = await ChannelService.StartAsync(roster);
        using var http = new HttpClient();

        var read = await new ConnectorClient(http).GetAllMembersAsync(channel.ServiceUrl.ToString(), "19:team", CancellationToken.None).Select(m => m.Id).ToListAsync();

        Assert.Equal(roster.Select(m => m.UserId), read);
        Assert.True(channel.Requests > 1, "one page for the whole roster");
    }

    [Fact]
    public async Task Opening_a_chat_counts_for_the_tenant_and_is_throttled_above_its_limit()
    {
        await using var channel = await ChannelService.StartAsync([], new TeamsThrottling(TimeProvider.System, perTenant: 1));
        using var http = new HttpClient();
        var connector = new ConnectorClient(http);

        var chat = await connector.CreatePersonalConversationAsync(channel.ServiceUrl.ToString(), null, "29:member-1", "tenant", CancellationToken.None);
        using var second = await http.PostAsJsonAsync(new Uri(channel.ServiceUrl, "v3/conversations"), new { members = new[] { new { id = "29:member-2" } }, tenantId = "tenant" });

        Assert.Equal(ChannelService.PersonalChatOf("29:member-1"), chat);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.Equal(1, channel.Throttled);
    }
}
