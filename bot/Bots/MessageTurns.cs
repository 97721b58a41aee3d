using CoalitionBot.BotFramework;
using CoalitionBot.Commands;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.Bots;

/// <summary>
/// A message: a submitted form goes to the dialog engine, a command button and typed text to the router (text first to
/// a text dialog that waits for an answer). A command about the member alone, given in a channel or group chat, runs in
/// their 1:1 chat (where its dialog then lives); the conversation it was given in hears only where the answer went.
/// </summary>
public sealed class MessageTurns(StatefulTurns turns, DialogRunner dialogs, CommandRouter router)
{
    public async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Conversation?.IsShared == true && RunsInPersonalChat(turn))
        {
            if (await turn.PrivateTurnAsync(cancellationToken) is { } privateTurn) await OnMessageHereAsync(privateTurn, cancellationToken);
        }
        else
            await OnMessageHereAsync(turn, cancellationToken);
        if (PointerToPersonalChat(turn) is { } pointer) await turn.SendTextAsync(pointer, Audience.Conversation, cancellationToken);
    }

    /// <summary>A neutral word in the shared conversation about what went to (or could not reach) the sender's 1:1 chat.</summary>
    public static string? PointerToPersonalChat(TurnContext turn) =>
        turn.PrivateTurn?.Responded == true ? Strings.SentPersonally
        : turn.PrivateChatUnavailable ? Strings.OpenPersonalChat
        : null;

    private bool RunsInPersonalChat(TurnContext turn) =>
        !FormSubmission.TryParse(turn.Activity.Value, out _) && ReplyRules.RunsInPersonalChat((router.ParseButton(turn.Activity.Value) ?? router.Parse(turn.Text)).Route);

    private Task OnMessageHereAsync(TurnContext turn, CancellationToken cancellationToken) => turns.RunAsync(turn, async session =>
    {
        if (FormSubmission.TryParse(turn.Activity.Value, out var submission))
            await turn.ShowInPlaceOfFormAsync(await dialogs.SubmitFormAsync(turn, session, submission!, cancellationToken), cancellationToken);
        else if (router.ParseButton(turn.Activity.Value) is { } buttonCommand)
            await router.RunAsync(turn, session, buttonCommand, cancellationToken);
        else
            await OnTextAsync(turn, session, cancellationToken);

        await RunPendingCommandAsync(turn, session, cancellationToken);
    }, cancellationToken);

    private async Task OnTextAsync(TurnContext turn, StateSession session, CancellationToken cancellationToken)
    {
        var command = router.Parse(turn.Text);
        // "stop" always stops and "help" always helps; anything else is an answer while a dialog waits for one.
        if (command.Route?.InterruptsDialogs != true && await dialogs.ContinueWithTextAsync(turn, session, turn.Text, cancellationToken) is { } reply)
            await turn.ShowAsync(reply, cancellationToken);
        else
        {
            await router.RunAsync(turn, session, command, cancellationToken);
            // A command that works mid-dialog (help) leaves the dialog waiting: it asks its question again.
            if (command.Route?.InterruptsDialogs == true && dialogs.StillWaiting(turn, session) is { } waiting) await turn.ShowAsync(waiting, cancellationToken);
        }
    }

    /// <summary>The command that had to wait for the member to choose a coalition.</summary>
    private async Task RunPendingCommandAsync(TurnContext turn, StateSession session, CancellationToken cancellationToken)
    {
        if (session.State.PendingCommand is not { } pending || session.State.Dialog is not null) return;
        session.State = session.State with { PendingCommand = null };
        if (pending.Length > 0) await router.RunAsync(turn, session, router.Parse(pending), cancellationToken);
    }
}
