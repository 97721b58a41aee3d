using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CoalitionBot.Tests.Faults;

/// <summary>
/// The bot, as a real process on its local store, is killed (SIGKILL) while members are answering. On restart every
/// stored document is whole, every answer the bot confirmed is there, and members carry on.
/// </summary>
public sealed class BotKilledTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Members = 6;
    private readonly TempFolder data = new();
    private LoopbackChannel channel = null!;

    public async Task InitializeAsync() => channel = await LoopbackChannel.StartAsync();

    public async Task DisposeAsync()
    {
        await channel.DisposeAsync();
        data.Dispose();
    }

    private Dictionary<string, string> Settings => new() { ["Storage:LocalPath"] = data.Path };

    private static string ConversationOf(Member member) => "a:personal-" + member.UserId;

    /// <summary>The bot's replies arrive before its HTTP answer, so the last call in the member's chat is the reply.</summary>
    private ConnectorCall LastCallTo(Member member) => channel.Calls.Last(c => c.Path.Contains(ConversationOf(member), StringComparison.Ordinal));

    /// <summary>The check-in form filled in, with <paramref name="bottleneck"/> telling the answers apart.</summary>
    private static JsonObject CheckIn(JsonNode form, string bottleneck)
    {
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var aspect in new[] { "Ambition", "Interests", "Relationship", "Process", "Organisation" }) { value["score" + aspect] = "7"; value["remark" + aspect] = ""; }
        value["grade"] = "7";
        value["bottleneck"] = bottleneck;
        value["nextStep"] = "verder";
        return value;
    }

    /// <summary>Asks for the check-in form and submits it, again and again; the number of the last confirmed answer is kept.</summary>
    private async Task AnswerUntilKilledAsync(IBotEndpoint bot, Member member, ConcurrentDictionary<string, int> confirmed)
    {
        var chat = new DialogConversation(bot, channel, member: member);
        for (var n = 1; ; n++)
        {
            try
            {
                if ((await bot.PostActivityAsync(chat.Message(a => a["text"] = "checkin"))).StatusCode != HttpStatusCode.OK) return;
                var form = LastCallTo(member);
                Assert.True(form.Card is not null, $"Expected the check-in form, got: {form.Text}");
                var submit = chat.Message(a => { a.Remove("text"); a["value"] = CheckIn(form.Card, $"{member.UserId}#{n}"); a["replyToId"] = $"card-{n}"; });
                if ((await bot.PostActivityAsync(submit)).StatusCode != HttpStatusCode.OK) return;
                var reply = LastCallTo(member);
                if (reply.Method == "PUT" && reply.Card!.ToJsonString().Contains("opgeslagen")) confirmed[member.UserId] = n;
            }
            catch (HttpRequestException)
            {
                return; // the bot is gone
            }
        }
    }

    [Fact]
    public async Task Killed_while_answering_leaves_whole_documents_and_every_confirmed_answer()
    {
        var members = Enumerable.Range(1, Members).Select(i => new Member($"29:member-{i}", $"Lid {i}")).ToList();
        var confirmed = new ConcurrentDictionary<string, int>();
        await using (var bot = await BotProcess.StartAsync(Settings))
        {
            Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(TeamsFixtures.Load("conversationUpdate-bot-added-to-team.json", channel.ServiceUrl))).StatusCode);
            foreach (var member in members) // asking for the coalition in the team's channel makes them members
                await new DialogConversation(bot, channel, fixture: "message-channel-mention.json", member: member).SayAsync("<at>CoalitionBot</at> coalitie");

            var answering = members.Select(m => Task.Run(() => AnswerUntilKilledAsync(bot, m, confirmed))).ToList();
            using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
                while (confirmed.Values.Sum() < 3 * Members)
                {
                    if (answering.FirstOrDefault(t => t.IsCompleted) is { } stopped) await stopped; // surfaces why a member stopped early
                    Assert.False(deadline.IsCancellationRequested, $"Only {confirmed.Values.Sum()} answers were confirmed in a minute.");
                    await Task.Delay(20);
                }
            await bot.KillAsync();
            await Task.WhenAll(answering);
        }
        output.WriteLine($"Confirmed before the kill: {confirmed.Values.Sum()} answers; temporary files left: {Directory.GetFiles(data.Path, "*.tmp", SearchOption.AllDirectories).Length}");

        // Every document the store lists reads and parses: a crash leaves at most a temporary file, which is never listed.
        var store = new LocalDocumentStore(data.Path, NullLogger<LocalDocumentStore>.Instance);
        var keys = new List<string>();
        await foreach (var key in store.ListKeysAsync("", CancellationToken.None)) keys.Add(key);
        Assert.Contains(keys, k => k.StartsWith("state/", StringComparison.Ordinal));
        foreach (var key in keys.Where(k => k != LeaderLease.Key)) // the scheduler's lease holder is empty by design, as in Azure
        {
            var document = (await store.ReadAsync(key, CancellationToken.None))!;
            if (key.Contains("/lines/", StringComparison.Ordinal))
            {
                // Answers appended beside a round: whole lines, and at most a half-written last one without its newline.
                foreach (var line in Encoding.UTF8.GetString(document.Content.Span).Split('\n').SkipLast(1).Where(l => l.Length > 0))
                    using (JsonDocument.Parse(line)) { }
                continue;
            }
            using var parsed = JsonDocument.Parse(document.Content); // throws on a half-written document
        }

        // Every confirmed answer (or a later one of the same member) is in the round.
        var roundKey = Assert.Single(keys, k => k.Contains("/checkins/", StringComparison.Ordinal) && !k.Contains("/lines/", StringComparison.Ordinal));
        var updater = new DocumentUpdater(store);
        var rounds = new CheckInStore(store, updater, new CoalitionStore(store, updater), TimeProvider.System);
        var coalition = new CoalitionId(StorageKey.Unescape(roundKey.Split('/')[1]), StorageKey.Unescape(roundKey.Split('/')[2]));
        var roundId = StorageKey.Unescape(roundKey.Split('/')[^1]);
        var round = (await rounds.GetAsync(coalition, roundId, CancellationToken.None))!;
        foreach (var (userId, last) in confirmed)
            Assert.True(int.Parse(round.Answers[userId].Bottleneck.Split('#')[1]) >= last, $"{userId}'s answer {last} was confirmed but is not stored.");

        // The bot starts again on the same folder and every member carries on.
        await using var again = await BotProcess.StartAsync(Settings);
        foreach (var member in members)
        {
            var chat = new DialogConversation(again, channel, member: member);
            Assert.Equal(HttpStatusCode.OK, (await again.PostActivityAsync(chat.Message(a => a["text"] = "checkin"))).StatusCode);
            var value = CheckIn(LastCallTo(member).Card!, "na de herstart");
            Assert.Equal(HttpStatusCode.OK, (await again.PostActivityAsync(chat.Message(a => { a.Remove("text"); a["value"] = value; a["replyToId"] = "card-after"; }))).StatusCode);
            Assert.Contains("opgeslagen", LastCallTo(member).Card!.ToJsonString());
        }
        var after = (await rounds.GetAsync(coalition, roundId, CancellationToken.None))!;
        Assert.All(members, m => Assert.Equal("na de herstart", after.Answers[m.UserId].Bottleneck));
    }
}
