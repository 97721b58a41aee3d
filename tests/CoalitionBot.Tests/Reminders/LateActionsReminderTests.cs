using CoalitionBot.Actions;
using CoalitionBot.Reminders;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Storage;

namespace CoalitionBot.Tests.Reminders;

/// <summary>A reminder for late actions reaches each owner of an action past its day, with their own actions, and nobody else.</summary>
public sealed class LateActionsReminderTests(AzuriteContainerFixture azurite) : IClassFixture<AzuriteContainerFixture>
{
    private readonly string container = azurite.NewContainer("lateactions");

    [Fact]
    public async Task Each_owner_of_a_late_action_gets_their_own_late_actions_in_their_personal_chat_and_the_channel_nothing()
    {
        await using var teams = await TeamsLimitsChannel.StartAsync(10);
        using var bot = ReminderBots.Start(azurite, container);
        var now = DateTimeOffset.UtcNow;
        var today = ActionDates.Today(TimeProvider.System);
        ActionItem Action(int number, string text, string? owner, int dueInDays, bool done = false) => new()
        {
            Number = number, Text = text, Owner = owner is null ? null : new ActionOwner(owner, null), Due = today.AddDays(dueInDays),
            Status = done ? ActionStatus.Done : ActionStatus.Open, DoneAt = done ? now : null,
        };
        await bot.Get<ActionStore>().UpdateAsync(CoalitionSetup.Id, a => a with
        {
            LastNumber = 6,
            Items =
            [
                Action(1, "Werkplan rondsturen", "29:member-003", -3),
                Action(2, "Wethouder uitnodigen", "29:member-003", -1),
                Action(3, "Zaal regelen", "29:member-004", 5), // not late yet
                Action(4, "Begroting voorleggen", "29:member-005", -2, done: true), // done
                Action(5, "Flyer maken", null, -4), // its owner erased their data
                Action(6, "Huisartsen bellen", "29:member-006", -1),
            ],
        }, CancellationToken.None);
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, now) with { Topic = ReminderTopic.LateActions, TeamChannelId = "19:general-channel@thread.tacv2" };
        var job = new ReminderJob(schedule, ReminderPlanner.JobsDue(schedule, now).Single().Occurrence, ReminderPhase.Reminder);

        await bot.Get<ReminderScheduleStore>().CreateAsync(schedule.Coalition, _ => schedule, CancellationToken.None);
        await ReminderBots.WaitForOccurrenceAsync(bot, job);

        var byConversation = teams.Deliveries.ToDictionary(d => d.Conversation, d => d.CardText!);
        Assert.Equal([TeamsLimitsChannel.PersonalConversationOf("29:member-003"), TeamsLimitsChannel.PersonalConversationOf("29:member-006")], byConversation.Keys.Order());
        var first = byConversation[TeamsLimitsChannel.PersonalConversationOf("29:member-003")];
        Assert.Contains("De datum van 2 acties", first);
        Assert.Contains("Werkplan rondsturen", first);
        Assert.Contains("Wethouder uitnodigen", first);
        Assert.DoesNotContain("Huisartsen bellen", first); // another owner's
        Assert.Contains("\"command\":\"acties\"", first);
        Assert.Contains("De datum van 1 actie die", byConversation[TeamsLimitsChannel.PersonalConversationOf("29:member-006")]);
    }

    [Fact]
    public void A_late_actions_reminder_has_no_follow_up()
    {
        var schedule = TestSchedules.DueNow(new Uri("http://127.0.0.1:1/"), DateTimeOffset.UnixEpoch.AddDays(30)) with { Topic = ReminderTopic.LateActions, FollowUpHours = 1 };

        Assert.DoesNotContain(ReminderPlanner.JobsDue(schedule, DateTimeOffset.UnixEpoch.AddDays(30).AddHours(3)), j => j.Phase == ReminderPhase.FollowUp);
        Assert.Contains(ReminderPlanner.JobsDue(schedule with { Topic = ReminderTopic.CheckIn }, DateTimeOffset.UnixEpoch.AddDays(30).AddHours(3)), j => j.Phase == ReminderPhase.FollowUp);
    }
}
