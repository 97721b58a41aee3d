using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.Lifecycle;

/// <summary>What Teams reports about the bot's place in a team or a 1:1 chat, beyond members joining or leaving.</summary>
public enum LifecycleEvent
{
    None,
    BotRemoved,
    RemovedFromPersonalChat,
    TeamRenamed,
    TeamArchived,
    TeamUnarchived,
    TeamDeleted,
    TeamRestored,
    ChannelDeleted,
}

public static class LifecycleEvents
{
    /// <summary>
    /// The event an activity carries. Teams spells some event types in other cases ("teamrestored" in its own
    /// documentation), so they are compared ignoring case; a permanent deletion counts as a deletion.
    /// </summary>
    public static LifecycleEvent Of(Activity activity)
    {
        if (activity.IsType(ActivityTypes.InstallationUpdate))
            return IsRemove(activity.Action) ? activity.Conversation?.IsPersonal == true ? LifecycleEvent.RemovedFromPersonalChat : LifecycleEvent.BotRemoved : LifecycleEvent.None;
        if (!activity.IsType(ActivityTypes.ConversationUpdate)) return LifecycleEvent.None;
        if (activity.MembersRemoved?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true)
            return activity.Conversation?.IsPersonal == true ? LifecycleEvent.RemovedFromPersonalChat : LifecycleEvent.BotRemoved;
        return activity.GetTeamsChannelData().EventType?.ToLowerInvariant() switch
        {
            "teamrenamed" => LifecycleEvent.TeamRenamed,
            "teamarchived" => LifecycleEvent.TeamArchived,
            "teamunarchived" => LifecycleEvent.TeamUnarchived,
            "teamdeleted" or "teamharddeleted" => LifecycleEvent.TeamDeleted,
            "teamrestored" => LifecycleEvent.TeamRestored,
            "channeldeleted" => LifecycleEvent.ChannelDeleted,
            _ => LifecycleEvent.None,
        };
    }

    /// <summary>"remove", and "remove-upgrade" when the bot goes with an app update.</summary>
    private static bool IsRemove(string? action) => action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;
}
