using System.Collections.Concurrent;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CoalitionBot.Tests.Hardening;

/// <summary>
/// Ten thousand hostile requests at /api/messages: none gets a 5xx, the bot keeps answering, and another
/// coalition's stored data stays byte for byte what it was.
/// </summary>
public sealed class HostileInputTests(ITestOutputHelper output) : BotAndChannelTests
{
    private const int Requests = 10_000;
    private static readonly HostileActivities.Target OtherCoalition = new("other-tenant", "19:other-team@thread.tacv2", "other-partner", "29:other-member");
    private static readonly CoalitionId Other = new(OtherCoalition.TenantId, OtherCoalition.TeamId);

    private async Task SeedOtherCoalitionAsync()
    {
        var services = Bot.Services;
        await services.GetRequiredService<CoalitionStore>().AddMembersAsync(Other,
            () => new Coalition { Id = Other, Name = "Andere coalitie", Partners = [new Partner(OtherCoalition.PartnerId, "Woningcorporatie", NetworkRole.Funder)] },
            [(OtherCoalition.MemberId, "Lid van elders", null)], CancellationToken.None);
        var rounds = services.GetRequiredService<CheckInRounds>();
        await rounds.SaveAsync(Other, rounds.CurrentRoundId(), new CheckInAnswer
        {
            UserId = OtherCoalition.MemberId,
            Scores = Enum.GetValues<CheckInAspect>().ToDictionary(a => a, _ => 6),
            Bottleneck = "Geld", NextStep = "Subsidie aanvragen",
        }, CancellationToken.None);
        await services.GetRequiredService<ThreeBsStore>().SaveAsync(Other, OtherCoalition.PartnerId, new ThreeBsDescription
        {
            UserId = OtherCoalition.MemberId, Intention = "Betaalbaar wonen", Interest = "Huurders", Contribution = "Ruimte", Influence = 3, Involvement = 2,
        }, CancellationToken.None);
    }

    private async Task<Dictionary<string, byte[]>> OtherCoalitionsDocumentsAsync()
    {
        var store = Bot.Services.GetRequiredService<IDocumentStore>();
        var documents = new Dictionary<string, byte[]>();
        foreach (var prefix in new[] { Other.StoragePrefix + "/", CoalitionStore.UserKey(Other.TenantId, OtherCoalition.MemberId) })
            await foreach (var key in store.ListKeysAsync(prefix, CancellationToken.None))
                documents[key] = (await store.ReadAsync(key, CancellationToken.None))!.Content.ToArray();
        return documents;
    }

    [Fact]
    public async Task Ten_thousand_hostile_requests_get_no_server_error_and_leave_another_coalition_untouched()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
        await SeedOtherCoalitionAsync();
        var before = await OtherCoalitionsDocumentsAsync();
        Assert.Equal(4, before.Count); // coalition, round, partner descriptions, the member's list

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
        var after = await OtherCoalitionsDocumentsAsync();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, document => Assert.Equal(document.Value, after[document.Key]));
    }
}
