using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.CheckIns;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Faults;

/// <summary>
/// The channel (Teams' Bot Connector) failing or answering late: the turn still ends within the reply timeout,
/// the member's answer is saved, and the bot answers normally once the channel is back.
/// </summary>
public sealed class ChannelFaultTests : BotAndChannelTests
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Shorter than the defaults so the test is quick; the same code paths run.</summary>
    protected override void ConfigureBotServices(IServiceCollection services) =>
        services.Configure<ConnectorRetryOptions>(o =>
        {
            o.BaseDelay = TimeSpan.FromMilliseconds(50);
            o.AttemptTimeout = TimeSpan.FromSeconds(1);
            o.ReplyTimeout = ReplyTimeout;
        });

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private CheckInStore Rounds => Bot.Services.GetRequiredService<CheckInStore>();

    /// <summary>The one round with answers, whichever month the bot's clock said (the reply timeouts need a running clock).</summary>
    private async Task<CheckInRound> SavedRoundAsync()
    {
        var roundId = Assert.Single(await Rounds.RoundIdsAsync(CoalitionSetup.Id, CancellationToken.None));
        return (await Rounds.GetAsync(CoalitionSetup.Id, roundId, CancellationToken.None))!;
    }

    private static JsonObject Answers(JsonNode form)
    {
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var aspect in new[] { "Ambition", "Interests", "Relationship", "Process", "Organisation" }) { value["score" + aspect] = "6"; value["remark" + aspect] = ""; }
        value["grade"] = "6";
        value["bottleneck"] = "Tijd";
        value["nextStep"] = "Plannen";
        return value;
    }

    /// <summary>Posts the activity and returns the HTTP status and how long the whole turn took.</summary>
    private async Task<(HttpStatusCode Status, TimeSpan Took)> TimedPostAsync(JsonObject activity)
    {
        var clock = Stopwatch.StartNew();
        using var response = await Bot.PostActivityAsync(activity);
        return (response.StatusCode, clock.Elapsed);
    }

    private async Task<ActiveDialog?> DialogOfKatinkaAsync()
    {
        var store = Bot.Services.GetRequiredService<IDocumentStore>();
        await foreach (var key in store.ListKeysAsync("state/", CancellationToken.None))
            if (key.Contains("1Ab-member-user-id"))
                return (await store.ReadJsonAsync(key, ConversationJsonContext.Default.ConversationUserState, CancellationToken.None))!.Value.Dialog;
        return null;
    }

    [Theory]
    [InlineData(500)] // not retried
    [InlineData(503)] // retried, then given up
    public async Task A_failing_channel_ends_the_turn_at_once_and_the_answer_is_saved(int status)
    {
        var katinka = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await katinka.SayAsync("checkin")).Card!;

        Channel.FailWithStatus = status;
        var (code, took) = await TimedPostAsync(katinka.Message(a => { a.Remove("text"); a["value"] = Answers(form); a["replyToId"] = "card-1"; }));

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.True(took < ReplyTimeout + TimeSpan.FromSeconds(2), $"The turn took {took}.");
        var answer = Assert.Single((await SavedRoundAsync()).Answers).Value;
        Assert.Equal(6, answer.Scores[CheckInAspect.Process]);

        Channel.FailWithStatus = null;
        Assert.Contains("**3b**", Assert.Single(await katinka.SayAsync("help")).Text);
    }

    [Fact]
    public async Task A_slow_channel_cannot_hold_a_turn_beyond_the_reply_timeout_and_the_answer_is_kept()
    {
        var katinka = new DialogConversation(Bot, Channel);
        Assert.Contains("Vraag 1 van 14", Assert.Single(await katinka.SayAsync("checkin tekst")).Text);

        Channel.AnswerDelay = TimeSpan.FromSeconds(30);
        var (code, took) = await TimedPostAsync(katinka.Message(a => a["text"] = "8"));

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.True(took < ReplyTimeout + TimeSpan.FromSeconds(2), $"The turn took {took}.");
        // The score was taken although the next question never arrived; the member carries on from there.
        Assert.Equal("8", (await DialogOfKatinkaAsync())!.Answers["scoreAmbition"]);
        Channel.AnswerDelay = TimeSpan.Zero;
        Assert.Contains("Vraag 3 van 14", Assert.Single(await katinka.SayAsync("-")).Text);
    }

    [Fact]
    public async Task A_slow_channel_does_not_cost_a_submitted_form()
    {
        var katinka = new DialogConversation(Bot, Channel);
        var form = Assert.Single(await katinka.SayAsync("checkin")).Card!;

        Channel.AnswerDelay = TimeSpan.FromSeconds(30);
        var (code, took) = await TimedPostAsync(katinka.Message(a => { a.Remove("text"); a["value"] = Answers(form); a["replyToId"] = "card-1"; }));

        Assert.Equal(HttpStatusCode.OK, code);
        Assert.True(took < ReplyTimeout + TimeSpan.FromSeconds(2), $"The turn took {took}.");
        Assert.Single((await SavedRoundAsync()).Answers);
        Assert.Null(await DialogOfKatinkaAsync());
    }

    [Fact]
    public void By_default_a_turn_answers_within_the_fifteen_seconds_Teams_waits() =>
        Assert.True(new ConnectorRetryOptions().ReplyTimeout < TimeSpan.FromSeconds(15));
}
