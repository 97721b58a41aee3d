using System.Collections.Concurrent;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CoalitionBot.Tests.Hardening;

/// <summary>
/// Ten thousand hostile requests at /api/messages: none gets a 5xx, the bot keeps answering, nothing sent comes back
/// as formatting, and another coalition's stored data stays byte for byte what it was.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : BotAndChannelTests
{
    private const int Requests = 10_000;
    private static readonly HostileActivities.Target OtherCoalition = new("other-tenant", "19:other-team@thread.tacv2", "other-partner", "29:other-member");
    private readonly AnotherCoalition other = new(OtherCoalition);

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_server_error_and_leave_another_coalition_untouched()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        await other.SeedAsync(Bot.Services);
        var before = await other.DocumentsAsync(Bot.Services);
        Assert.Equal(7, before.Count); // coalition, round and its lines, partner descriptions and their lines, leadership, the member's list

        var generator = new HostileActivities(new Random(20261123), Channel.ServiceUrl, OtherCoalition);
        var bodies = Enumerable.Range(0, Requests).Select(_ => generator.Next()).ToList();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (body, _) =>
        {
            using var response = await Bot.PostBytesAsync(body);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
        });

        output.WriteLine("Statuses: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} x{s.Value}")));
        Assert.DoesNotContain(statuses.Keys, status => status >= 500);
        Assert.Equal(Requests, statuses.Values.Sum());

        // Still answering, and the other coalition exactly as it was.
        var reply = Assert.Single(await new DialogConversation(Bot, Channel, member: new Member("29:after-the-storm", "Nieuw lid")).SayAsync("help"));
        Assert.Contains("**3b**", reply.Text);
        AnotherCoalition.AssertUnchanged(before, await other.DocumentsAsync(Bot.Services));
        // Nothing anyone sent became a link, a mention or HTML in what the bot wrote back.
        Assert.All(Channel.Messages.SelectMany(RenderedMarkdown.TextsOf), text => Assert.Empty(RenderedMarkdown.HiddenFormatting(text)));
    }
}
