using CoalitionBot.Commands;

namespace CoalitionBot.PersonalData;

/// <summary>"verwijder mijn gegevens": asks to confirm, then erases everything kept about the person (its help line is My data's).</summary>
public sealed class DeleteMyDataCommand(DeleteMyDataDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "verwijder mijn gegevens", English = "delete my data",
        Users = CommandUsers.Anyone,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken) => command.BeginAsync(dialog, options: null, cancellationToken);
}
