using CoalitionBot.Actions;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.Coalitions;

namespace CoalitionBot.Reminders;

/// <summary>
/// Who a job goes to: the team channel and/or every member of the team's roster (the paged members API,
/// or the coalition's stored members when the roster cannot be read); a follow-up goes 1:1 to members who
/// did not answer; late actions go 1:1 to their owners.
/// </summary>
public sealed partial class ReminderRoster(CoalitionStore coalitions, ReminderAnswers answers, ActionStore actions, TimeProvider time, ILogger<ReminderRoster> logger)
{
    public async Task<IReadOnlyList<ReminderRecipient>> RecipientsAsync(ReminderJob job, ConnectorClient connector, CancellationToken cancellationToken)
    {
        var schedule = job.Schedule;
        if (schedule.Topic == ReminderTopic.LateActions) return job.Phase == ReminderPhase.Reminder ? await LateOwnersAsync(schedule, cancellationToken) : [];
        var recipients = new List<ReminderRecipient>();
        if (job.Phase == ReminderPhase.Reminder && schedule.TeamChannelId is { } channel) recipients.Add(new ReminderRecipient(channel, RecipientKind.Channel));
        if (job.Phase == ReminderPhase.Reminder && !schedule.ToMembers) return recipients;

        var members = await MembersAsync(schedule, connector, cancellationToken);
        if (job.Phase == ReminderPhase.FollowUp)
        {
            var answered = await answers.WhoAnsweredAsync(job, cancellationToken);
            members = [.. members.Where(m => !answered.Contains(m))];
        }
        recipients.AddRange(members.Select(m => new ReminderRecipient(m, RecipientKind.Member)));
        return recipients;
    }

    /// <summary>Each owner of an action past its day, once, whether or not they still are in the team's roster.</summary>
    private async Task<IReadOnlyList<ReminderRecipient>> LateOwnersAsync(ReminderSchedule schedule, CancellationToken cancellationToken) =>
        [.. LateActions.ByOwner(await actions.GetAsync(schedule.Coalition, cancellationToken), ActionDates.Today(time)).Keys
            .Select(owner => new ReminderRecipient(owner, RecipientKind.Member))];

    private async Task<IReadOnlyList<string>> MembersAsync(ReminderSchedule schedule, ConnectorClient connector, CancellationToken cancellationToken)
    {
        var members = new List<string>();
        try
        {
            await foreach (var member in connector.GetAllMembersAsync(schedule.ServiceUrl, schedule.Coalition.TeamId, cancellationToken))
                if (member.Id is { Length: > 0 } id && id != schedule.Bot.Id) members.Add(id);
            return [.. members.Distinct()];
        }
        catch (ConnectorException e)
        {
            LogRosterUnavailable(e, schedule.Coalition.TeamId, (int)e.StatusCode);
            var coalition = await coalitions.GetAsync(schedule.Coalition, cancellationToken);
            return [.. (coalition?.Members ?? []).Select(m => m.UserId)];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The roster of team {TeamId} could not be read (status {Status}); reminding the coalition's stored members")]
    private partial void LogRosterUnavailable(Exception exception, string teamId, int status);
}
