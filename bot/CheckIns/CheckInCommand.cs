using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.CheckIns;

/// <summary>"checkin": the periodic check-in on the five aspects of working together.</summary>
public sealed class CheckInCommand(CheckInDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "checkin", English = "checkin", OtherWords = ["check-in"],
        HelpLine = () => Strings.HelpLineCheckIn,
        ManifestDescription = () => Strings.ManifestCheckIn,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken) => command.BeginAsync(dialog, cancellationToken);
}
