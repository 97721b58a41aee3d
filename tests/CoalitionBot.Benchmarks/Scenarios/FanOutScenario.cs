using System.Globalization;
using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.Benchmarks.Hosting;
using CoalitionBot.Benchmarks.Reporting;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Reminders;
using CoalitionBot.Storage;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>
/// A check-in reminder, due now, to every member of a team's roster (default 1,000), each in their 1:1 chat with
/// the bot (stored, as for members who used the bot before). The bot's own scheduler sends it; the channel service
/// enforces Teams' limits (7 messages a second per conversation, 50 requests a second per tenant) and answers 429
/// with Retry-After above them. Measured: messages a second against the ceiling, duplicates and losses.
/// </summary>
public static class FanOutScenario
{
    private const string TeamId = "19:bench-fan-out-team@thread.tacv2";
    private static readonly ChannelAccount Bot = new() { Id = "28:bench-bot", Name = "CoalitionBot" };
    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById(ReminderSchedule.DefaultTimeZone);

    public static async Task<FanOutResult> RunAsync(RepositoryLayout layout, string storageKind, BenchmarkOptions options, TextWriter progress)
    {
        var members = Enumerable.Range(1, options.Roster)
            .Select(i => new RosterMember($"29:bench-roster-{i.ToString("D5", CultureInfo.InvariantCulture)}", $"Lid {i}")).ToList();
        var limits = new TeamsThrottling(TimeProvider.System);
        var ledger = new DeliveryLedger();
        ReminderJob? job = null;
        progress.WriteLine($"fan-out on {storageKind}: a reminder to {members.Count} members");
        await using var run = await BenchRun.StartAsync(layout, $"fan-out-{storageKind}", storageKind, members, async (storage, channel) =>
        {
            await RememberPersonalChatsAsync(storage.Store, channel.ServiceUrl, members);
            var schedule = DueNow(channel.ServiceUrl, DateTimeOffset.UtcNow);
            job = ReminderPlanner.JobsDue(schedule, DateTimeOffset.UtcNow).Single();
            await new ReminderScheduleStore(storage.Store, storage.Updater).CreateAsync(schedule.Coalition, _ => schedule, CancellationToken.None);
        }, limits, ledger, new Dictionary<string, string> { ["Reminders__TickInterval"] = "00:00:01" });

        var log = new DeliveryLog(run.Storage.Store);
        // The bot needs about a second a member at 45 a second; give it twice that and a minute to start.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60 + members.Count / 20.0);
        while (await log.OccurrenceAsync(job!, CancellationToken.None) is null)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The fan-out did not finish; see TestResults/benchmark/bot-fan-out-{storageKind}.log.");
            await Task.Delay(250);
        }

        var report = DeliveryReport.Of(await log.RecipientsAsync(job!, CancellationToken.None), new HashSet<string>());
        var delivered = ledger.Delivered;
        var seconds = run.Channel.MessagingTime.TotalSeconds;
        var perSecond = seconds > 0 ? (delivered - 1) / seconds : 0;
        return new FanOutResult(storageKind, members.Count, delivered, ledger.Duplicates, Losses: members.Count - ledger.Recipients,
            report.Unconfirmed, report.Failed, run.Channel.Throttled, Math.Round(seconds, 2), Math.Round(perSecond, 1),
            limits.PerTenant, Math.Round(perSecond / limits.PerTenant, 3), TurnsScenario.Megabytes(run.Bot.Memory().PeakBytes));
    }

    /// <summary>Every member's 1:1 chat with the bot, stored as the bot stores it when they write to it.</summary>
    private static Task RememberPersonalChatsAsync(IDocumentStore store, Uri serviceUrl, IReadOnlyList<RosterMember> members)
    {
        var references = new ConversationReferenceStore(store, new TrustedServiceUrls());
        return Parallel.ForEachAsync(members, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (member, token) =>
            await references.RefreshAsync(new Activity
            {
                Type = ActivityTypes.Message,
                ChannelId = "msteams",
                ServiceUrl = serviceUrl.ToString(),
                From = new ChannelAccount { Id = member.UserId, Name = member.Name },
                Recipient = Bot,
                Conversation = new ConversationAccount { Id = ChannelService.PersonalChatOf(member.UserId), ConversationType = "personal", TenantId = BenchRun.TenantId },
            }, token));
    }

    /// <summary>A daily check-in reminder to every member whose occurrence was a minute ago, Amsterdam time.</summary>
    private static ReminderSchedule DueNow(Uri serviceUrl, DateTimeOffset now) => new()
    {
        Coalition = new CoalitionId(BenchRun.TenantId, TeamId),
        Number = 1,
        Recurrence = new ReminderRecurrence(RecurrenceKind.Daily),
        Time = TimeZoneInfo.ConvertTime(now.AddMinutes(-1), DutchTime).ToString("HH:mm", CultureInfo.InvariantCulture),
        Topic = ReminderTopic.CheckIn,
        ToMembers = true,
        ServiceUrl = serviceUrl.ToString(),
        ChannelId = "msteams",
        Bot = Bot,
        CreatedAt = now,
        ActiveSince = now.AddMinutes(-3),
    };
}
