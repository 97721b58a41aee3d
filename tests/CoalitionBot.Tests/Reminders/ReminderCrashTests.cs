using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Reminders;

/// <summary>
/// The bot as a real process, killed with SIGKILL in the middle of a fan-out; another instance takes the lapsed
/// lease and completes the round. Nobody gets the reminder twice. The members whose claim was made but whose
/// outcome was never recorded are reported "unconfirmed" and not sent again (Teams has no idempotency key):
/// they are at most the recipients in flight when the process died, and each got the message once or not at all.
/// </summary>
public sealed class ReminderCrashTests(AzuriteContainerFixture azurite) : IClassFixture<AzuriteContainerFixture>
{
    private const int Members = 150;

    [Fact]
    public async Task A_bot_killed_mid_fan_out_is_replaced_and_the_round_completes_without_a_duplicate()
    {
        await using var teams = await TeamsLimitsChannel.StartAsync(Members, tooManyEvery: 19, latency: TimeSpan.FromMilliseconds(20));
        var container = azurite.NewContainer("crash");
        var store = new BlobDocumentStore(azurite.OtherContainer(container), NullLogger<BlobDocumentStore>.Instance);
        var now = DateTimeOffset.UtcNow;
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, now);
        var job = ReminderPlanner.JobsDue(schedule, now).Single();
        await new ReminderScheduleStore(store, new DocumentUpdater(store)).CreateAsync(schedule.Coalition, _ => schedule, CancellationToken.None);
        var settings = ReminderBots.Settings(azurite, container);

        int deliveredBeforeKill;
        await using (var first = await BotProcess.StartAsync(settings))
        {
            await WaitUntilAsync(() => Task.FromResult(teams.Deliveries.Count >= 40), TimeSpan.FromSeconds(30), () => first.Output);
            await first.KillAsync();
            deliveredBeforeKill = teams.Deliveries.Count;
        }
        var log = new DeliveryLog(store);
        Assert.Null(await log.OccurrenceAsync(job, CancellationToken.None)); // killed mid-way: the round is not done
        Assert.InRange(deliveredBeforeKill, 40, Members - 1);

        await using var second = await BotProcess.StartAsync(settings);
        await WaitUntilAsync(async () => await log.OccurrenceAsync(job, CancellationToken.None) is not null, TimeSpan.FromSeconds(45), () => second.Output);

        var delivered = teams.DeliveriesByConversation;
        Assert.All(delivered, c => Assert.Equal(1, c.Value)); // nobody twice
        var records = await log.RecipientsAsync(job, CancellationToken.None);
        Assert.Equal(Members, records.Count); // nobody skipped without a record
        var unconfirmed = records.Where(r => r.Status == DeliveryStatus.Claimed).Select(r => r.Recipient).ToList();
        Assert.InRange(unconfirmed.Count, 0, ReminderFanOut.Parallelism);
        Assert.All(records.Where(r => r.Status == DeliveryStatus.Sent), r => Assert.Contains(TeamsLimitsChannel.PersonalConversationOf(r.Recipient), delivered.Keys));
        var reachedOrUnconfirmed = delivered.Keys.Union(unconfirmed.Select(TeamsLimitsChannel.PersonalConversationOf));
        Assert.Equal(Members, reachedOrUnconfirmed.Count());
        Assert.True(delivered.Count > deliveredBeforeKill, "the second instance sent the rest");
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> output)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s. The bot's output:\n{output()}");
            await Task.Delay(50);
        }
    }
}
