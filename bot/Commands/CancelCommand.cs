using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.Commands;

/// <summary>"stop": ends the dialog in progress, also in the middle of a text dialog.</summary>
public sealed class CancelCommand : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "stop", English = "stop", OtherWords = ["annuleer", "cancel"],
        Users = CommandUsers.Anyone, InterruptsDialogs = true,
        HelpLine = () => Strings.HelpLineCancel,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken) =>
        command.Turn.SendTextAsync(DialogRunner.Cancel(command.Session) ? Strings.Cancelled : Strings.NothingToCancel, cancellationToken);
}
