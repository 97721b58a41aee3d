using System.Globalization;
using System.Text.Json;
using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Lifecycle;
using CoalitionBot.Resources;

namespace CoalitionBot.Bots;

/// <summary>
/// The bot's logic for one turn, by activity type (as the SDK's ActivityHandler): messages run
/// commands and dialogs, installs and roster changes keep the coalition in step with its team,
/// adaptiveCard/action invokes submit forms, everything else is accepted silently.
/// </summary>
public sealed partial class CoalitionTeamsBot(
    ConversationReferenceStore references,
    ConversationUserStateStore states,
    DialogRunner dialogs,
    CommandHandler commands,
    TeamRoster roster,
    TeamLifecycle lifecycle,
    ILogger<CoalitionTeamsBot> logger) : IBot
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>A card button that runs a command for whoever clicks it, e.g. "start the check-in" on a reminder.</summary>
    public const string CommandField = "command";

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        UseCulture(turn.Culture);
        await RememberConversationAsync(turn, cancellationToken);

        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Message)) await OnMessageAsync(turn, cancellationToken);
        else if (activity.IsType(ActivityTypes.ConversationUpdate)) await OnConversationUpdateAsync(turn, cancellationToken);
        else if (activity.IsType(ActivityTypes.InstallationUpdate)) await OnInstallationUpdateAsync(turn, cancellationToken);
        else if (activity.IsType(ActivityTypes.Invoke)) await OnInvokeAsync(turn, cancellationToken);
    }

    /// <summary>
    /// A command about the member alone, given in a channel or group chat, runs in their 1:1 chat (where its dialog then
    /// lives); the conversation it was given in hears only where the answer went (<see cref="ReplyRules"/>).
    /// </summary>
    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Conversation?.IsShared == true && RunsInPrivateChat(turn.Activity, turn.Text))
        {
            if (await turn.PrivateTurnAsync(cancellationToken) is { } privateTurn) await OnMessageHereAsync(privateTurn, cancellationToken);
        }
        else
            await OnMessageHereAsync(turn, cancellationToken);
        await PointToPrivateChatAsync(turn, cancellationToken);
    }

    private static bool RunsInPrivateChat(Activity activity, string text) =>
        !FormSubmission.TryParse(activity.Value, out _) && !ReplyRules.RunsWhereAsked((CommandButton(activity.Value) ?? BotCommand.Parse(text)).Kind);

    /// <summary>A neutral word in the shared conversation about what went to (or could not reach) the sender's 1:1 chat.</summary>
    private static async Task PointToPrivateChatAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (PointerToPrivateChat(turn) is { } pointer) await turn.SendTextAsync(pointer, Audience.Conversation, cancellationToken);
    }

    private static string? PointerToPrivateChat(TurnContext turn) =>
        turn.PrivateTurn?.Responded == true ? Strings.SentPersonally
        : turn.PrivateChatUnavailable ? Strings.OpenPersonalChat
        : null;

    private async Task OnMessageHereAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var session = await LoadStateAsync(turn, cancellationToken);
        UseChosenLanguage(turn, session);

        try
        {
            if (FormSubmission.TryParse(turn.Activity.Value, out var submission))
                await ShowAsync(turn, await dialogs.SubmitFormAsync(turn, session, submission!, cancellationToken), cancellationToken);
            else if (CommandButton(turn.Activity.Value) is { } buttonCommand)
                await commands.RunAsync(turn, session, buttonCommand, cancellationToken);
            else
                await OnTextAsync(turn, session, cancellationToken);

            await RunPendingCommandAsync(turn, session, cancellationToken);
        }
        catch (ConnectorException)
        {
            // The answer was taken but the reply could not go out (channel down or slow): keep the answer anyway.
            await states.SaveAsync(session, cancellationToken);
            throw;
        }
        await states.SaveAsync(session, cancellationToken);
    }

    private async Task OnTextAsync(TurnContext turn, StateSession session, CancellationToken cancellationToken)
    {
        var command = BotCommand.Parse(turn.Text);
        // "stop" always stops; anything else is an answer while a dialog waits for one.
        if (command.Kind != BotCommandKind.Cancel && await dialogs.ContinueWithTextAsync(turn, session, turn.Text, cancellationToken)) return;
        await commands.RunAsync(turn, session, command, cancellationToken);
    }

    /// <summary>The command that had to wait for the member to choose a coalition.</summary>
    private async Task RunPendingCommandAsync(TurnContext turn, StateSession session, CancellationToken cancellationToken)
    {
        if (session.State.PendingCommand is not { } pending || session.State.Dialog is not null) return;
        session.State = session.State with { PendingCommand = null };
        if (pending.Length > 0) await commands.RunAsync(turn, session, BotCommand.Parse(pending), cancellationToken);
    }

    /// <summary>
    /// A form's answer replaces the form message (the submit's replyToId); text goes out as a new message. Both are for
    /// the member alone: a form submitted in a shared conversation is answered in their 1:1 chat.
    /// </summary>
    private static async Task ShowAsync(TurnContext turn, DialogReply reply, CancellationToken cancellationToken)
    {
        if (reply.Text is not null) await turn.SendTextAsync(reply.Text, cancellationToken);
        if (reply.Card is null) return;
        if (turn.Activity.ReplyToId is { Length: > 0 } formMessageId)
            await turn.UpdateActivityAsync(formMessageId, new Activity { Attachments = [Attachment.AdaptiveCard(reply.Card.ToJsonElement())] }, cancellationToken);
        else
            await turn.SendCardAsync(reply.Card.ToJsonElement(), cancellationToken);
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
            ? string.Format(CultureInfo.CurrentCulture, Strings.WelcomePersonal, activity.From?.Name is { Length: > 0 } name ? MemberText.Escape(name) : Strings.SomeoneFallbackName)
            : Strings.WelcomeTeam;
        // A welcome starts a new message in the channel or chat; it answers nothing.
        await turn.SendActivityAsync(activity.CreateReply(text) with { ReplyToId = null, Locale = turn.Culture.Name }, Audience.Conversation, cancellationToken);
    }

    /// <summary>Action.Execute: the same form handling, answered in the invoke response (Universal Action Model).</summary>
    private async Task OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Other invokes (task modules, message extensions) are not used by this bot; 200 without a body ends them quietly.
        if (!string.Equals(turn.Activity.Name, AdaptiveCardActionInvoke, StringComparison.Ordinal)) return;

        if (!TryGetExecuteData(turn.Activity.Value, out var data))
        {
            turn.InvokeResponse = InvokeResponses.Error(400, "BadRequest", "The invoke has no Action.Execute with data.");
            return;
        }

        var session = await LoadStateAsync(turn, cancellationToken);
        UseChosenLanguage(turn, session);
        var reply = FormSubmission.TryParse(data, out var submission)
            ? await dialogs.SubmitFormAsync(turn, session, submission!, cancellationToken)
            : DialogReply.OfText(Strings.Unknown);
        await states.SaveAsync(session, cancellationToken);

        // The card an invoke answers with replaces the form for everyone in the conversation: in a shared one, the answer
        // goes to the member's 1:1 chat and the form stays as it was.
        if (turn.Activity.Conversation?.IsShared == true)
        {
            await ShowAsync(turn, reply, cancellationToken);
            turn.InvokeResponse = InvokeResponses.Message(PointerToPrivateChat(turn) ?? string.Empty);
            return;
        }
        turn.InvokeResponse = reply.Card is not null ? InvokeResponses.Card(reply.Card.ToJsonElement())
            : InvokeResponses.Message(reply.Text ?? string.Empty);
    }

    private Task<StateSession> LoadStateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        states.LoadAsync(turn.Activity, cancellationToken);

    /// <summary>
    /// The language the user chose with "taal" wins over their client's. Called by the turn's own method, not
    /// inside an awaited helper: a culture set in an async method does not outlive that method.
    /// </summary>
    private static void UseChosenLanguage(TurnContext turn, StateSession session)
    {
        if (session.State.Language is { } language) UseCulture(turn.Culture = BotCultures.FromLocale(language));
    }

    private static BotCommand? CommandButton(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(CommandField, out var command) && command.ValueKind == JsonValueKind.String
            ? BotCommand.Parse(command.GetString()!) with { Coalition = CoalitionId.FromButton(data) }
            : null;

    private static bool TryGetExecuteData(JsonElement? value, out JsonElement data)
    {
        data = default;
        if (value is not { ValueKind: JsonValueKind.Object } invokeValue
            || !invokeValue.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
            return false;
        if (action.TryGetProperty("data", out data) && data.ValueKind == JsonValueKind.Object) return true;
        data = default;
        return false;
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

    /// <summary>Resource lookups and number formats follow the user's language for the rest of the turn (it flows with async calls).</summary>
    private static void UseCulture(CultureInfo culture) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save the conversation reference; proactive messages use the last saved one")]
    private partial void LogReferenceNotSaved(Exception exception);
}
