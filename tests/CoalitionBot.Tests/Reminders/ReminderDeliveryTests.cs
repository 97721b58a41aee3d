using CoalitionBot.BotFramework.Connector;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;

namespace CoalitionBot.Tests.Reminders;

/// <summary>
/// The scheduler of the real bot on Azurite delivers reminders to a loopback Teams that injects 429s, 403s
/// and 5xx: every member exactly once, also with two instances, follow-ups only to who did not answer.
/// </summary>
public sealed class ReminderDeliveryTests(AzuriteContainerFixture azurite) : IClassFixture<AzuriteContainerFixture>
{
    private const string TeamChannel = "19:general-channel@thread.tacv2";
    private readonly string container = azurite.NewContainer("reminders");

    private BotApp StartBot() => ReminderBots.Start(azurite, container);

    [Fact]
    public async Task A_schedule_due_now_reaches_every_member_of_a_200_member_roster_exactly_once_within_Teams_rate_limits()
    {
        var blocked = new HashSet<string> { "29:member-007", "29:member-100", "29:member-150" };
        await using var teams = await TeamsLimitsChannel.StartAsync(200, tooManyEvery: 17, serverErrorEvery: 23, blocked: blocked);
        using var bot = StartBot();
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, DateTimeOffset.UtcNow) with { TeamChannelId = TeamChannel };
        var job = new ReminderJob(schedule, ReminderPlanner.JobsDue(schedule, DateTimeOffset.UtcNow).Single().Occurrence, ReminderPhase.Reminder);

        await bot.Get<ReminderScheduleStore>().CreateAsync(schedule.Coalition, _ => schedule, CancellationToken.None);
        await ReminderBots.WaitForOccurrenceAsync(bot, job);

        var byConversation = teams.DeliveriesByConversation;
        Assert.Equal(198, byConversation.Count); // 197 members and the channel
        Assert.All(byConversation, c => Assert.Equal(1, c.Value));
        Assert.Contains(TeamChannel, byConversation.Keys);
        Assert.All(blocked, member => Assert.DoesNotContain(TeamsLimitsChannel.PersonalConversationOf(member), byConversation.Keys));
        Assert.True(teams.InjectedFailures > 20, $"only {teams.InjectedFailures} failures were injected");
        Assert.InRange(teams.MostRequestsInOneSecond(), 1, TeamsRateLimits.RequestsPerSecond);
        Assert.Contains("\"command\":\"checkin\"", teams.Deliveries.First().CardText);

        var records = await bot.Get<DeliveryLog>().RecipientsAsync(job, CancellationToken.None);
        Assert.Equal(201, records.Count);
        Assert.Equal(198, records.Count(r => r.Status == DeliveryStatus.Sent));
        Assert.All(records.Where(r => blocked.Contains(r.Recipient)), r => Assert.Equal((DeliveryStatus.Unreachable, "403 ConversationBlockedByUser"), (r.Status, r.Reason)));
        var references = bot.Get<ConversationReferenceStore>();
        var inactive = await references.InactivePersonalAsync("msteams", CancellationToken.None);
        Assert.Contains("29:member-007", inactive);
        Assert.DoesNotContain("29:member-008", inactive);
    }

    [Fact]
    public async Task Two_instances_of_the_bot_on_the_same_storage_deliver_each_reminder_once()
    {
        await using var teams = await TeamsLimitsChannel.StartAsync(60, tooManyEvery: 11);
        using var first = StartBot();
        using var second = StartBot();
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, DateTimeOffset.UtcNow);
        var job = ReminderPlanner.JobsDue(schedule, DateTimeOffset.UtcNow).Single();

        await first.Get<ReminderScheduleStore>().CreateAsync(schedule.Coalition, _ => schedule, CancellationToken.None);
        await ReminderBots.WaitForOccurrenceAsync(second, job);

        Assert.Equal(60, teams.DeliveriesByConversation.Count);
        Assert.All(teams.DeliveriesByConversation, c => Assert.Equal(1, c.Value));
        Assert.NotEqual(first.Get<LeaderLease>().IsLeader, second.Get<LeaderLease>().IsLeader);
    }

    [Fact]
    public async Task Two_fan_outs_of_the_same_occurrence_racing_without_the_lease_still_send_once_per_member()
    {
        await using var teams = await TeamsLimitsChannel.StartAsync(80, serverErrorEvery: 13);
        using var first = StartBot();
        using var second = StartBot();
        // Paused, so the schedulers leave it alone and only the two racing fan-outs below send.
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, DateTimeOffset.UtcNow) with { Paused = true };
        var job = new ReminderJob(schedule, DateTimeOffset.UtcNow.AddMinutes(-1), ReminderPhase.Reminder);

        var reports = await Task.WhenAll(first.Get<ReminderFanOut>().RunAsync(job, CancellationToken.None), second.Get<ReminderFanOut>().RunAsync(job, CancellationToken.None));

        Assert.Equal(80, teams.DeliveriesByConversation.Count);
        Assert.All(teams.DeliveriesByConversation, c => Assert.Equal(1, c.Value));
        Assert.Equal(80, (await first.Get<DeliveryLog>().RecipientsAsync(job, CancellationToken.None)).Count(r => r.Status == DeliveryStatus.Sent));
        Assert.All(reports, r => Assert.Equal(0, r.Failed));
    }

    [Fact]
    public async Task A_member_whose_chat_keeps_failing_is_reported_failed_after_bounded_retries_and_never_tried_again()
    {
        var failing = new HashSet<string> { "29:member-004" };
        await using var teams = await TeamsLimitsChannel.StartAsync(8, failing: failing);
        using var bot = StartBot();
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, DateTimeOffset.UtcNow) with { Paused = true };
        var job = new ReminderJob(schedule, DateTimeOffset.UtcNow.AddMinutes(-1), ReminderPhase.Reminder);
        var fanOut = bot.Get<ReminderFanOut>();

        var report = await fanOut.RunAsync(job, CancellationToken.None);
        var requestsAfterFirstRun = teams.RequestCount;
        var again = await fanOut.RunAsync(job, CancellationToken.None);

        Assert.Equal(7, teams.DeliveriesByConversation.Count);
        Assert.Equal(1 + new ConnectorRetryOptions().MaxRetryAttempts, teams.RequestsTo(TeamsLimitsChannel.PersonalConversationOf("29:member-004")));
        Assert.Equal((7, 1), (report.Reminded, report.Failed));
        Assert.Equal(1, report.FailedByReason["503 ServiceError"]);
        Assert.Equal((report.Reminded, report.Failed), (again.Reminded, again.Failed));
        Assert.Equal(requestsAfterFirstRun + 1, teams.RequestCount); // only the roster page again: no message
    }

    [Fact]
    public async Task A_member_who_blocked_the_bot_is_not_tried_again_by_the_next_reminder()
    {
        var blocked = new HashSet<string> { "29:member-002" };
        await using var teams = await TeamsLimitsChannel.StartAsync(4, blocked: blocked);
        using var bot = StartBot();
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, DateTimeOffset.UtcNow) with { Paused = true };
        var fanOut = bot.Get<ReminderFanOut>();

        var first = await fanOut.RunAsync(new ReminderJob(schedule, DateTimeOffset.UtcNow.AddDays(-1), ReminderPhase.Reminder), CancellationToken.None);
        var requestsAfterFirst = teams.RequestCount;
        var next = await fanOut.RunAsync(new ReminderJob(schedule, DateTimeOffset.UtcNow.AddMinutes(-1), ReminderPhase.Reminder), CancellationToken.None);

        Assert.Equal(1, first.FailedByReason["403 ConversationBlockedByUser"]);
        Assert.Equal((3, 1), (next.Reminded, next.FailedByReason[DeliveryReport.InactiveReason]));
        Assert.Equal(requestsAfterFirst + 1 + 3 * 2, teams.RequestCount); // the roster, and a new chat and a message for each of the three others
    }

    [Fact]
    public async Task A_follow_up_reaches_only_the_members_who_did_not_answer_the_round()
    {
        await using var teams = await TeamsLimitsChannel.StartAsync(10);
        using var bot = StartBot();
        var now = DateTimeOffset.UtcNow;
        // The occurrence was an hour and a minute ago; its follow-up (after one hour) is due now.
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, now.AddHours(-1)) with { FollowUpHours = 1 };
        var jobs = ReminderPlanner.JobsDue(schedule, now);
        Assert.Equal([ReminderPhase.Reminder, ReminderPhase.FollowUp], jobs.Select(j => j.Phase));
        var rounds = bot.Get<CheckInStore>();
        var round = await rounds.OpenRoundOrMonthAsync(schedule.Coalition, CancellationToken.None);
        foreach (var member in new[] { "29:member-002", "29:member-005", "29:member-009" })
            await rounds.SaveAsync(schedule.Coalition, round, Answer(member), CancellationToken.None);

        await bot.Get<ReminderScheduleStore>().CreateAsync(schedule.Coalition, _ => schedule, CancellationToken.None);
        await ReminderBots.WaitForOccurrenceAsync(bot, jobs[1]);

        var followUps = teams.Deliveries.Where(d => d.CardText!.Contains("Je hebt nog niet geantwoord")).Select(d => d.Conversation).Order().ToList();
        Assert.Equal(10, teams.Deliveries.Count - followUps.Count); // the reminder itself went to all ten
        Assert.Equal(["01", "03", "04", "06", "07", "08", "10"], followUps.Select(c => c[^2..]));
        var report = DeliveryReport.Of(await bot.Get<DeliveryLog>().RecipientsAsync(jobs[0], CancellationToken.None), await bot.Get<ReminderAnswers>().WhoAnsweredAsync(jobs[0], CancellationToken.None));
        Assert.Equal((10, 3), (report.Reminded, report.Answered));
    }

    [Fact]
    public async Task After_an_outage_occurrences_within_the_catch_up_window_are_sent_and_older_ones_skipped_with_the_reason()
    {
        await using var teams = await TeamsLimitsChannel.StartAsync(1);
        using var bot = StartBot();
        var now = DateTimeOffset.UtcNow;
        // Every hour, to the channel only, planned nine hours ago and never run: the default window is six hours. At half
        // an hour from now's minute, so no occurrence is near now or the window's edges when the bot gets to it.
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, now) with
        {
            Recurrence = new ReminderRecurrence(RecurrenceKind.Cron) { Cron = $"{(now.Minute + 30) % 60} * * * *" },
            ToMembers = false,
            TeamChannelId = TeamChannel,
            ActiveSince = now.AddHours(-9),
        };
        var jobs = ReminderPlanner.JobsDue(schedule, now);

        await bot.Get<ReminderScheduleStore>().CreateAsync(schedule.Coalition, _ => schedule, CancellationToken.None);
        await ReminderBots.WaitForOccurrenceAsync(bot, jobs[^1]);

        var records = await bot.Get<DeliveryLog>().OccurrencesAsync(schedule.Coalition, 1, CancellationToken.None);
        Assert.Equal(9, records.Count);
        var skipped = records.Where(r => r.Status == OccurrenceStatus.Skipped).ToList();
        Assert.Equal(3, skipped.Count); // those of about 8.5, 7.5 and 6.5 hours ago
        Assert.All(skipped, r => Assert.Equal(OccurrenceRecord.MissedCatchUpWindow, r.Reason));
        Assert.Equal(9 - skipped.Count, teams.Deliveries.Count);
        Assert.InRange(teams.MostRequestsInOneSecond(perConversation: true), 1, TeamsRateLimits.MessagesPerSecondPerConversation);
    }

    private static CheckInAnswer Answer(string userId) => new()
    {
        UserId = userId,
        Scores = CheckInAspects.Core.ToDictionary(a => a, _ => 7),
        Bottleneck = "-",
        NextStep = "-",
        AnsweredAt = DateTimeOffset.UtcNow,
    };
}
