using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Reminders;

namespace CoalitionBot.Lifecycle;

/// <summary>
/// Keeps a coalition in step with its team's life in Teams: inactive (no reminders, data kept for its retention
/// period) once the bot is removed or the team archived or deleted, active again when it is unarchived or restored
/// (a reinstall reactivates it through <see cref="TeamRoster.OnInstalledAsync"/>), named as the team, and without
/// references to channels that are gone. Nothing is answered: the bot may no longer post where the event came from.
/// </summary>
public sealed partial class TeamLifecycle(
    CoalitionStore coalitions,
    ConversationReferenceStore references,
    ReminderScheduleStore schedules,
    TimeProvider time,
    ILogger<TeamLifecycle> logger)
{
    public async Task OnTeamEventAsync(Activity activity, CoalitionId id, LifecycleEvent lifecycleEvent, CancellationToken cancellationToken)
    {
        switch (lifecycleEvent)
        {
            case LifecycleEvent.BotRemoved or LifecycleEvent.TeamArchived or LifecycleEvent.TeamDeleted:
                var reason = lifecycleEvent.ToString();
                await coalitions.ChangeExistingAsync(id, c => c.Deactivated(reason, time.GetUtcNow()), cancellationToken);
                LogDeactivated(id.TenantId, id.TeamId, reason);
                break;
            case LifecycleEvent.TeamUnarchived or LifecycleEvent.TeamRestored:
                await coalitions.ChangeExistingAsync(id, c => c.Reactivated(), cancellationToken);
                LogReactivated(id.TenantId, id.TeamId, lifecycleEvent.ToString());
                break;
            case LifecycleEvent.TeamRenamed:
                if (activity.GetTeamsChannelData().Team?.Name is { Length: > 0 } name) await coalitions.RenameAsync(id, name, cancellationToken);
                LogRenamed(id.TenantId, id.TeamId);
                break;
            case LifecycleEvent.ChannelDeleted:
                if (activity.ChannelId is { } channelId && activity.GetTeamsChannelData().Channel?.Id is { Length: > 0 } channel)
                    await ForgetChannelAsync(channelId, id, channel, cancellationToken);
                break;
        }
    }

    /// <summary>The person removed the app from their 1:1 chat: reminders leave them alone until they write to the bot again.</summary>
    public async Task OnRemovedFromPersonalChatAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelId is not { } channelId || activity.From?.Id is not { } userId) return;
        await references.MarkPersonalInactiveAsync(channelId, userId, "uninstalled", time.GetUtcNow(), cancellationToken);
        LogRemovedFromPersonalChat(activity.Conversation?.Id);
    }

    /// <summary>The team's General channel (whose id is the team's) takes the place of the deleted one.</summary>
    private async Task ForgetChannelAsync(string channelId, CoalitionId id, string deletedChannel, CancellationToken cancellationToken)
    {
        await references.ForgetChannelAsync(channelId, id.TeamId, deletedChannel, cancellationToken);
        var moved = 0;
        foreach (var schedule in await schedules.ListAsync(id, cancellationToken))
        {
            if (schedule.TeamChannelId != deletedChannel) continue;
            await schedules.ChangeAsync(id, schedule.Number, s => s.TeamChannelId == deletedChannel ? s with { TeamChannelId = id.TeamId } : s, cancellationToken);
            moved++;
        }
        LogChannelDeleted(id.TenantId, id.TeamId, deletedChannel, moved);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {TeamId} of tenant {TenantId}: {Event}; the coalition is inactive, its reminders stop and its data is kept")]
    private partial void LogDeactivated(string tenantId, string teamId, string @event);

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {TeamId} of tenant {TenantId}: {Event}; the coalition is active again")]
    private partial void LogReactivated(string tenantId, string teamId, string @event);

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {TeamId} of tenant {TenantId} was renamed; the coalition follows")]
    private partial void LogRenamed(string tenantId, string teamId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Team {TeamId} of tenant {TenantId}: channel {ChannelId} deleted; references to it dropped, {Schedules} reminders moved to the General channel")]
    private partial void LogChannelDeleted(string tenantId, string teamId, string channelId, int schedules);

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot was removed from 1:1 chat {ConversationId}; reminders skip it until the person writes again")]
    private partial void LogRemovedFromPersonalChat(string? conversationId);
}
