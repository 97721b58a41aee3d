using System.Net;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.LocalChannel;
using Microsoft.AspNetCore.Http;

namespace CoalitionBot.Tests.LocalChannel;

/// <summary>The local channel's limits: bounded memory, and this machine only.</summary>
public class LocalChannelPartsTests
{
    [Fact]
    public void A_transcript_keeps_only_the_newest_activities()
    {
        var conversation = new LocalConversation("c", LocalConversationKind.Personal, TimeProvider.System);
        for (var i = 0; i < LocalTranscript.MaxActivities + 20; i++) conversation.Append(new Activity { Type = "message", Text = $"m{i}" });

        var (activities, watermark) = conversation.Since(0);

        Assert.Equal(LocalTranscript.MaxActivities, activities.Count);
        Assert.Equal("m20", activities[0].Text);
        Assert.Equal(LocalTranscript.MaxActivities + 20, watermark);
    }

    [Fact]
    public void Too_many_conversations_make_room_by_forgetting_the_one_unused_longest()
    {
        var time = new ManualTime();
        var conversations = new LocalConversations(time);
        var oldest = conversations.GetOrCreate(LocalConversationKind.Personal, "first");
        for (var i = 1; i < LocalConversations.MaxConversations; i++)
        {
            time.Advance();
            conversations.GetOrCreate(LocalConversationKind.Personal, $"member-{i}");
        }
        time.Advance();

        conversations.GetOrCreate(LocalConversationKind.Personal, "one-too-many");

        Assert.Null(conversations.Find(oldest.Id));
        Assert.NotNull(conversations.Find("local-chat-one-too-many"));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.1.2.3", false)]
    [InlineData("192.168.1.20", false)]
    public async Task Only_this_machine_may_call(string remote, bool allowed)
    {
        var called = false;
        var middleware = new LoopbackOnlyMiddleware(_ => { called = true; return Task.CompletedTask; });
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(remote);

        await middleware.InvokeAsync(http);

        Assert.Equal(allowed, called);
        if (!allowed) Assert.Equal(StatusCodes.Status403Forbidden, http.Response.StatusCode);
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        public void Advance() => now = now.AddSeconds(1);
        public override DateTimeOffset GetUtcNow() => now;
    }
}
