using System.Net;
using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Hosting;
using CoalitionBot.BotFramework.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Connector;

/// <summary>The connector client against a real HTTP listener on loopback: routes, bodies, errors and retries.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string TeamsChannelId = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2;messageid=1772439164123";
    private ScriptedChannel channel = null!;
    private ServiceProvider services = null!;
    private ConnectorClient client = null!;

    public async Task InitializeAsync()
    {
        channel = await ScriptedChannel.StartAsync();
        // Without an app id no token is needed: these tests are about the wire, not authentication.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = "" }).Build();
        services = new ServiceCollection()
            .AddLogging()
            .AddBotFramework(configuration)
            .Configure<ConnectorRetryOptions>(o => { o.BaseDelay = TimeSpan.FromMilliseconds(20); o.MaxRetryAfter = TimeSpan.FromSeconds(5); })
            .BuildServiceProvider();
        client = services.GetRequiredService<ConnectorClient>();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await channel.DisposeAsync();
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task Reply_goes_to_the_escaped_activity_route_with_the_activity_as_json()
    {
        channel.Then(201, """{"id":"reply-7"}""");

        var response = await client.ReplyToActivityAsync(channel.ServiceUrl, TeamsChannelId, "1772439164123", Message("Hallo"), CancellationToken.None);

        Assert.Equal("reply-7", response.Id);
        var request = Assert.Single(channel.Received);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/19%3A0b7f32667e064dd9b25d7969801541f4%40thread.tacv2%3Bmessageid%3D1772439164123/activities/1772439164123", request.RawPathAndQuery);
        Assert.Equal("Hallo", request.Body!["text"]!.GetValue<string>());
        Assert.Equal("message", request.Body["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Service_url_with_a_path_and_no_trailing_slash_keeps_its_path()
    {
        await client.SendToConversationAsync(channel.ServiceUrl + "emea", "a:1", Message("x"), CancellationToken.None);

        Assert.Equal("/emea/v3/conversations/a%3A1/activities", Assert.Single(channel.Received).RawPathAndQuery);
    }

    [Fact]
    public async Task Update_is_a_put_carrying_the_activity_id()
    {
        channel.Then(200, """{"id":"42"}""");

        await client.UpdateActivityAsync(channel.ServiceUrl, "a:1", "42", Message("bijgewerkt"), CancellationToken.None);

        var request = Assert.Single(channel.Received);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/v3/conversations/a%3A1/activities/42", request.RawPathAndQuery);
        Assert.Equal("42", request.Body!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_returns_the_thread()
    {
        var recorded = File.ReadAllText(RepositoryPaths.TeamsFixture("docs-connector-createConversation-channelThread.response.json"));
        channel.Then(201, recorded);
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            TenantId = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f",
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = "19:abc@thread.tacv2" } },
            Activity = Message("Nieuwe check-in"),
        };

        var created = await client.CreateConversationAsync(channel.ServiceUrl, parameters, CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(created.Id));
        var request = Assert.Single(channel.Received);
        Assert.Equal("/v3/conversations", request.RawPathAndQuery);
        Assert.Equal("19:abc@thread.tacv2", request.Body!["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("b28fdbfd-2b78-4f93-b0f8-8881793f0f8f", request.Body["tenantId"]!.GetValue<string>());
    }

    [Fact]
    public async Task All_members_follows_continuation_tokens_until_the_last_page()
    {
        channel.Then(200, """{"continuationToken":"page 2+","members":[{"id":"29:a","name":"A"},{"id":"29:b","name":"B"}]}""")
               .Then(200, """{"members":[{"id":"29:c","name":"C"}]}""");

        var members = await client.GetAllMembersAsync(channel.ServiceUrl, "19:team@thread.tacv2", CancellationToken.None).ToListAsync();

        Assert.Equal(["29:a", "29:b", "29:c"], members.Select(m => m.Id));
        Assert.Equal("/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=500", channel.Received[0].RawPathAndQuery);
        Assert.Equal("/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=500&continuationToken=page%202%2B", channel.Received[1].RawPathAndQuery);
    }

    [Fact]
    public async Task Recorded_roster_page_is_read()
    {
        channel.Then(200, File.ReadAllText(RepositoryPaths.TeamsFixture("docs-connector-pagedmembers.response.json")));

        var page = await client.GetPagedMembersAsync(channel.ServiceUrl, "19:team@thread.tacv2", 100, null, CancellationToken.None);

        Assert.NotEmpty(page.Members);
        Assert.All(page.Members, m => Assert.False(string.IsNullOrEmpty(m.Id)));
    }

    [Fact]
    public async Task Throttling_waits_for_retry_after_and_then_succeeds()
    {
        channel.Then(429, """{"error":{"code":"Throttled","message":"slow down"}}""", retryAfter: "1").Then(201, """{"id":"after-wait"}""");

        var response = await client.SendToConversationAsync(channel.ServiceUrl, "a:1", Message("x"), CancellationToken.None);

        Assert.Equal("after-wait", response.Id);
        Assert.Equal(2, channel.Received.Count);
        var waited = channel.Received[1].At - channel.Received[0].At;
        Assert.InRange(waited, TimeSpan.FromSeconds(0.95), TimeSpan.FromSeconds(1.5)); // Retry-After plus at most 20% jitter
        Assert.Equal(channel.Received[0].Body!.ToJsonString(), channel.Received[1].Body!.ToJsonString());
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_failures_are_retried(int status)
    {
        channel.Then(status).Then(status).Then(201, """{"id":"ok"}""");

        var response = await client.SendToConversationAsync(channel.ServiceUrl, "a:1", Message("x"), CancellationToken.None);

        Assert.Equal("ok", response.Id);
        Assert.Equal(3, channel.Received.Count);
    }

    [Fact]
    public async Task Retries_are_bounded_and_then_the_failure_is_reported()
    {
        for (var i = 0; i < 10; i++) channel.Then(502, """{"error":{"code":"ServiceError","message":"down"}}""");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(channel.ServiceUrl, "a:1", Message("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, failure.StatusCode);
        Assert.Equal("ServiceError", failure.ErrorCode);
        Assert.Equal(1 + new ConnectorRetryOptions().MaxRetryAttempts, channel.Received.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_bound_is_not_waited_for()
    {
        channel.Then(429, retryAfter: "3600");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(channel.ServiceUrl, "a:1", Message("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, failure.StatusCode);
        Assert.Single(channel.Received);
    }

    [Theory]
    [InlineData(403, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", "ConversationBlockedByUser")]
    [InlineData(403, """{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}""", "209")]
    [InlineData(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""", "ConversationNotFound")]
    public async Task Unreachable_conversations_fail_at_once_with_the_channels_code(int status, string body, string code)
    {
        channel.Then(status, body);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(channel.ServiceUrl, "a:1", Message("x"), CancellationToken.None));

        Assert.True(failure.IsConversationUnreachable);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Single(channel.Received);
    }

    [Fact]
    public async Task A_success_without_a_body_is_a_response_without_an_id()
    {
        channel.Then(202);

        var response = await client.SendToConversationAsync(channel.ServiceUrl, "a:1", Message("x"), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task A_channel_nobody_answers_on_is_a_connector_failure_with_no_answer_after_the_retries()
    {
        var nobody = $"http://127.0.0.1:{LoopbackPort.Free()}/";

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(nobody, "a:1", Message("x"), CancellationToken.None));

        Assert.True(failure.IsNoAnswer);
        Assert.False(failure.IsConversationUnreachable);
        Assert.IsType<HttpRequestException>(failure.InnerException);
    }

    [Fact]
    public async Task A_call_the_caller_cancels_stays_a_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SendToConversationAsync(channel.ServiceUrl, "a:1", Message("x"), cancelled.Token));
    }
}
