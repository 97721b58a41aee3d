using CoalitionBot.Reminders;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Reminders;

namespace CoalitionBot.Tests.Lifecycle;

/// <summary>
/// An inactive coalition (the bot removed from its team) gets no reminders: the scheduler records its occurrences as
/// skipped, the fan-out sends nothing, and once the bot is installed again the next occurrence goes out.
/// </summary>
public sealed class InactiveCoalitionReminderTests : BotAndChannelTests
{
    /// <summary>A scheduler that looks every 100 ms, on the bot's local storage.</summary>
    protected override IDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["Reminders:TickInterval"] = "00:00:00.100",
        ["Reminders:LeaseDuration"] = "00:00:15",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private Task RemoveTheBotAsync() =>
        Bot.PostActivityAsync(TeamsFixtures.LoadOwn("conversationUpdate-bot-removed-from-team.json", Channel.ServiceUrl));

    /// <summary>Due a minute ago, to the team's General channel only.</summary>
    private ReminderSchedule ChannelReminderDueNow(DateTimeOffset now) =>
        TestSchedules.DueNow(Channel.ServiceUrl, now) with { ToMembers = false, TeamChannelId = CoalitionSetup.TeamId };

    private int ChannelPosts => Channel.Calls.Count(c => c.Method == "POST" && c.Path == $"/v3/conversations/{CoalitionSetup.TeamId}/activities");

    [Fact]
    public async Task The_scheduler_skips_an_inactive_coalitions_reminder_and_sends_nothing()
    {
        await RemoveTheBotAsync();
        var schedule = ChannelReminderDueNow(DateTimeOffset.UtcNow);
        var job = ReminderPlanner.JobsDue(schedule, DateTimeOffset.UtcNow).Single();
        var callsBefore = Channel.Calls.Count;

        await Bot.Get<ReminderScheduleStore>().CreateAsync(schedule.Coalition, _ => schedule, CancellationToken.None);
        var record = await ReminderBots.WaitForOccurrenceAsync(Bot, job);

        Assert.Equal((OccurrenceStatus.Skipped, OccurrenceRecord.CoalitionInactive), (record.Status, record.Reason));
        Assert.Equal(callsBefore, Channel.Calls.Count);
        // The admin's report says why, in their language.
        var report = Assert.Single(await new DialogConversation(Bot, Channel, member: CoalitionSetup.Installer).SayAsync("herinnering rapport 1")).Card!;
        Assert.Contains("de bot is uit het team gehaald of het team is gearchiveerd of verwijderd", report.ToJsonString());
    }

    [Fact]
    public async Task The_fan_out_sends_nothing_for_an_inactive_coalition_and_again_once_the_bot_is_back()
    {
        var now = DateTimeOffset.UtcNow;
        // Paused, so only the fan-outs below run it.
        var schedule = ChannelReminderDueNow(now) with { Paused = true };
        var fanOut = Bot.Get<ReminderFanOut>();
        await RemoveTheBotAsync();

        var whileRemoved = await fanOut.RunAsync(new ReminderJob(schedule, now.AddDays(-1), ReminderPhase.Reminder), CancellationToken.None);
        Assert.Equal(0, ChannelPosts);
        Assert.Equal(0, whileRemoved.Reminded);

        await Bot.PostActivityAsync(TeamsFixtures.Load("installationUpdate-add-team.json", Channel.ServiceUrl));
        var afterReinstall = await fanOut.RunAsync(new ReminderJob(schedule, now.AddMinutes(-1), ReminderPhase.Reminder), CancellationToken.None);

        Assert.Equal((0, 1), (afterReinstall.Reminded, afterReinstall.ChannelPosts)); // a channel reminder: the post, no members
        Assert.Equal(1, ChannelPosts);
    }
}
