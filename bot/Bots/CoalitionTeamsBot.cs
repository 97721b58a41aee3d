using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Languages;
using CoalitionBot.Lifecycle;
using CoalitionBot.Resources;

namespace CoalitionBot.Bots;

/// <summary>
/// The bot's logic for one turn, by activity type (as the SDK's ActivityHandler): messages run commands and dialogs,
/// installs and roster changes keep the coalition in step with its team, adaptiveCard/action invokes submit forms,
/// everything else is accepted silently.
/// </summary>
public sealed partial class CoalitionTeamsBot(
    ConversationReferenceStore references,
    MessageTurns messages,
    ActionExecuteTurns actions,
    TeamRoster roster,
    TeamLifecycle lifecycle,
    ILogger<CoalitionTeamsBot> logger) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // The client's language until the user's own choice is read (StatefulTurns).
        TurnLanguage.Apply(turn, TurnLanguage.Of(turn, chosenLanguage: null));
        await RememberConversationAsync(turn, cancellationToken);

        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Message)) await messages.OnMessageAsync(turn, cancellationToken);
        else if (activity.IsType(ActivityTypes.ConversationUpdate)) await OnConversationUpdateAsync(turn, cancellationToken);
        else if (activity.IsType(ActivityTypes.InstallationUpdate)) await OnInstallationUpdateAsync(turn, cancellationToken);
        // Other invokes (task modules, message extensions) are not used by this bot; 200 without a body ends them quietly.
        else if (AdaptiveCardInvoke.IsActionInvoke(activity)) await actions.OnActionExecuteAsync(turn, cancellationToken);
    }

    private async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botAdded = activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;
        var lifecycleEvent = LifecycleEvents.Of(activity);
        if (lifecycleEvent == LifecycleEvent.RemovedFromPersonalChat) await lifecycle.OnRemovedFromPersonalChatAsync(activity, cancellationToken);
        else if (TeamRoster.CoalitionOf(activity) is { } coalition)
        {
            if (botAdded) await roster.OnInstalledAsync(turn, coalition, cancellationToken);
            else if (lifecycleEvent != LifecycleEvent.None) await lifecycle.OnTeamEventAsync(activity, coalition, lifecycleEvent, cancellationToken);
            else await roster.OnMembersChangedAsync(activity, coalition, cancellationToken);
        }
        await WelcomeAsync(turn, botAdded, cancellationToken);
    }

    /// <summary>
    /// Teams also reports an install of the app in a team this way; the coalition is set up once, whichever comes first.
    /// Its removal from a team or a 1:1 chat is a lifecycle event (<see cref="TeamLifecycle"/>).
    /// </summary>
    private async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var lifecycleEvent = LifecycleEvents.Of(activity);
        if (lifecycleEvent == LifecycleEvent.RemovedFromPersonalChat) await lifecycle.OnRemovedFromPersonalChatAsync(activity, cancellationToken);
        else if (TeamRoster.CoalitionOf(activity) is not { } coalition) return;
        else if (lifecycleEvent == LifecycleEvent.BotRemoved) await lifecycle.OnTeamEventAsync(activity, coalition, lifecycleEvent, cancellationToken);
        else if (string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase)) await roster.OnInstalledAsync(turn, coalition, cancellationToken);
    }

    private static async Task WelcomeAsync(TurnContext turn, bool botAdded, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.MembersAdded is not { Count: > 0 }) return;
        var personal = activity.Conversation?.IsPersonal == true;
        // A 1:1 chat gets members only when the app is installed for the user; in a team or group
        // chat, only the bot's own arrival is worth a message (not every new colleague).
        if (!personal && !botAdded) return;

        var text = personal
            ? activity.From?.Name is { Length: > 0 } name ? Texts.Format(Strings.WelcomePersonal, MemberText.Escape(name)) : Strings.WelcomePersonalWithoutName
            : Strings.WelcomeTeam;
        // A welcome starts a new message in the channel or chat; it answers nothing.
        await turn.SendActivityAsync(activity.CreateReply(text) with { ReplyToId = null, Locale = turn.Culture?.Name }, Audience.Conversation, cancellationToken);
    }

    /// <summary>
    /// Keeps the way back to this conversation up to date; losing a race here must not cost the user the turn. Storage
    /// being unreachable does end it: the turn's next read would wait as long again before failing the same way.
    /// </summary>
    private async Task RememberConversationAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await references.RefreshAsync(turn.Activity, cancellationToken);
        }
        catch (Storage.ConcurrencyConflictException ex)
        {
            LogReferenceNotSaved(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the conversation reference; proactive messages use the last saved one")]
    private partial void LogReferenceNotSaved(Exception exception);
}
