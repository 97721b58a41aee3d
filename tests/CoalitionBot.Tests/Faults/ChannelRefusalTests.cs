using System.Text.Json.Nodes;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Faults;

/// <summary>
/// Teams refusing a turn's call with one of its documented errors (Fixtures/Teams/connectorError-*.json): the refusal is
/// logged with the channel's code and the refused operation, and the person hears it where the bot can still reach them.
/// </summary>
public sealed class ChannelRefusalTests : BotAndChannelTests
{
    private const string ChannelId = "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2";
    private static readonly string KatinkasChat = PersonalChatIds.Of(CoalitionSetup.Katinka.UserId);
    private const string Busy = "Mijn antwoord is niet aangekomen: Teams is op dit moment te druk of niet bereikbaar.";
    private const string Refused = "Teams heeft mijn antwoord geweigerd.";
    private const string TooLarge = "Mijn antwoord was groter dan Teams toestaat en is niet aangekomen.";
    private const string ChannelGone = "Ik kan niet meer antwoorden in het kanaal of de groepschat waar je me iets vroeg";
    private const string ChatGone = "Ik kan je geen persoonlijk bericht sturen";

    private readonly CapturedLogs logs = new();

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        logs.AddTo(services);
        services.Configure<ConnectorRetryOptions>(o => o.BaseDelay = TimeSpan.FromMilliseconds(10)); // the same retries, sooner
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private static bool ToChannel(ConnectorCall call) => call.Path.StartsWith($"/v3/conversations/{ChannelId}", StringComparison.Ordinal);

    private static bool ToKatinkasChat(ConnectorCall call) => call.Path.StartsWith($"/v3/conversations/{KatinkasChat}/", StringComparison.Ordinal);

    /// <summary>Katinka's message in the team's channel, or in her 1:1 chat, and the calls its turn made (all of them: the turn is over).</summary>
    private async Task<IReadOnlyList<ConnectorCall>> SayAsync(string text, bool inChannel)
    {
        var before = Channel.Calls.Count;
        var conversation = inChannel
            ? new DialogConversation(Bot, Channel, fixture: "message-channel-mention.json", member: CoalitionSetup.Katinka)
            : new DialogConversation(Bot, Channel, member: CoalitionSetup.Katinka);
        using var response = await Bot.PostActivityAsync(conversation.Message(a => a["text"] = inChannel ? "<at>CoalitionBot</at> " + text : text));
        return [.. Channel.Calls.Skip(before)];
    }

    private string RefusalLogged(string operation, string fixture) =>
        Assert.Single(logs.Containing($"The channel refused the turn's {operation}: {fixture.Split('-')[1]} {fixture.Split('-')[2].Replace(".json", "")}"));

    [Theory]
    [InlineData("connectorError-400-BadArgument.json", Refused)]
    [InlineData("connectorError-403-BotNotInConversationRoster.json", ChannelGone)]
    [InlineData("connectorError-404-ConversationNotFound.json", ChannelGone)]
    [InlineData("connectorError-412-PreconditionFailed.json", Refused)] // after the retries
    [InlineData("connectorError-413-MessageSizeTooBig.json", TooLarge)]
    [InlineData("connectorError-429-Throttled.json", Busy)] // after the retries
    [InlineData("connectorError-500-ServiceError.json", Busy)]
    [InlineData("connectorError-502-ServiceError.json", Busy)] // after the retries
    public async Task A_reply_the_channel_refuses_is_logged_with_its_code_and_told_in_the_persons_own_chat(string fixture, string notice)
    {
        Channel.Answer = call => ToChannel(call) ? ChannelAnswer.Documented(fixture) : null;

        var calls = await SayAsync("help", inChannel: true);

        Assert.StartsWith(notice, Assert.Single(calls, ToKatinkasChat).Text);
        Assert.Contains("Warning", RefusalLogged("Reply", fixture));
    }

    [Fact]
    public async Task A_channel_that_cannot_be_reached_after_the_retries_is_told_as_busy_in_the_persons_own_chat()
    {
        Channel.Answer = call => ToChannel(call) ? new ChannelAnswer(503, null) : null;

        var calls = await SayAsync("help", inChannel: true);

        Assert.Equal(1 + new ConnectorRetryOptions().MaxRetryAttempts, calls.Count(ToChannel));
        Assert.StartsWith(Busy, Assert.Single(calls, ToKatinkasChat).Text);
        Assert.Single(logs.Containing("The channel refused the turn's Reply: 503 -"));
    }

    [Theory]
    [InlineData("connectorError-403-ConversationBlockedByUser.json", ChatGone)]
    [InlineData("connectorError-404-ConversationNotFound.json", ChatGone)]
    [InlineData("connectorError-413-MessageSizeTooBig.json", TooLarge)]
    public async Task A_refusal_in_the_persons_own_chat_is_told_in_the_channel_they_asked_in(string fixture, string notice)
    {
        Channel.Answer = call => ToKatinkasChat(call) ? ChannelAnswer.Documented(fixture) : null;

        var calls = await SayAsync("mijn gegevens", inChannel: true);

        var told = Assert.Single(calls, ToChannel);
        Assert.StartsWith(notice, told.Text);
        Assert.DoesNotContain(CoalitionSetup.Katinka.Name, told.Text);
        RefusalLogged("Send", fixture);
    }

    [Fact]
    public async Task A_message_the_persons_own_chat_refuses_is_told_there_when_the_chat_itself_is_still_there()
    {
        var refused = 0;
        Channel.Answer = _ => Interlocked.Increment(ref refused) == 1 ? ChannelAnswer.Documented("connectorError-413-MessageSizeTooBig.json") : null;

        var calls = await SayAsync("help", inChannel: false);

        Assert.Equal(2, calls.Count(ToKatinkasChat));
        Assert.StartsWith(TooLarge, calls[^1].Text);
    }

    [Theory]
    [InlineData("connectorError-403-ConversationBlockedByUser.json")]
    [InlineData("connectorError-404-ConversationNotFound.json")]
    public async Task A_persons_own_chat_that_is_gone_leaves_only_the_log_line(string fixture)
    {
        Channel.Answer = _ => ChannelAnswer.Documented(fixture);

        Assert.Single(await SayAsync("help", inChannel: false));
        RefusalLogged("Reply", fixture);
    }

    [Fact]
    public async Task An_invoke_whose_answer_the_persons_own_chat_refuses_tells_it_in_the_invoke_response()
    {
        Channel.Answer = call => ToKatinkasChat(call) ? ChannelAnswer.Documented("connectorError-403-ConversationBlockedByUser.json") : null;
        var invoke = TeamsFixtures.Load("invoke-adaptiveCard-action.json", Channel.ServiceUrl);
        invoke["from"] = new JsonObject { ["id"] = CoalitionSetup.Katinka.UserId, ["name"] = CoalitionSetup.Katinka.Name };
        invoke["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = CoalitionSetup.TenantId, ["id"] = ChannelId + ";messageid=1772439164123" };

        using var response = await Bot.PostActivityAsync(invoke);

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.StartsWith(ChatGone, body["value"]!.GetValue<string>());
        RefusalLogged("Send", "connectorError-403-ConversationBlockedByUser.json");
    }
}
