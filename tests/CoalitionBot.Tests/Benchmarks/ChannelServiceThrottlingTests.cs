using System.Net;
using System.Net.Http.Json;
using CoalitionBot.Benchmarks.Channel;

namespace CoalitionBot.Tests.Benchmarks;

/// <summary>Over HTTP, the benchmark's channel answers above Teams' limits with 429 and Retry-After, and counts what it throttled.</summary>
public sealed class ChannelServiceThrottlingTests
{
    [Fact]
    public async Task A_message_above_the_conversation_limit_gets_429_with_Retry_After_and_is_not_delivered()
    {
        var ledger = new DeliveryLedger();
        await using var channel = await ChannelService.StartAsync([], new TeamsRateLimits(TimeProvider.System, perConversation: 1), ledger);
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
}
