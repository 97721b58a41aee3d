using CoalitionBot.BotFramework;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Dialogs;

namespace CoalitionBot.Commands;

/// <summary>A command being run: the turn, the user's state here, what was typed, and the coalition it is for.</summary>
public sealed class CommandTurn(TurnContext turn, StateSession session, ParsedCommand command, Coalition? coalition, DialogRunner dialogs)
{
    public TurnContext Turn { get; } = turn;

    public StateSession Session { get; } = session;

    public ParsedCommand Command { get; } = command;

    /// <summary>The coalition the command is for, the asker's role in it checked (<see cref="CommandRoute.Users"/>).</summary>
    public Coalition Coalition => coalition ?? throw new InvalidOperationException("The command is registered for anyone, so it has no coalition.");

    public string UserId => Turn.Activity.From!.Id!;

    /// <summary>Starts a dialog as a form, or as text when the command ended in "tekst"/"text".</summary>
    public Task BeginAsync(Dialog dialog, IReadOnlyDictionary<string, string>? options, CancellationToken cancellationToken) =>
        Turn.ShowAsync(dialogs.Begin(Turn, Session, dialog, Command.WantsTextMode ? DialogMode.Text : DialogMode.Card, options), cancellationToken);

    /// <summary>Starts a dialog for this command's coalition, with what followed the command (e.g. a partner's name).</summary>
    public Task BeginAsync(CoalitionDialog dialog, CancellationToken cancellationToken) =>
        BeginAsync(dialog, dialog.StartOptions(Coalition, Command.ArgumentWithoutMode), cancellationToken);
}
