using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.CoalitionSettings;

/// <summary>"fase": everyone sees the coalition's phase; leads and admins also get the form to change it.</summary>
public sealed class PhaseCommand(PhaseDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "fase", English = "phase",
        HelpLine = () => Strings.HelpLinePhase,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var mayChange = command.Coalition.IsLeadOrAdmin(command.UserId);
        var overview = OverviewThenForm.Card(Strings.PhaseTitle, Strings.PhaseOverviewText, Strings.PhaseOnlyLeadsMayChange, mayChange, PhaseDialog.Facts(command.Coalition));
        return OverviewThenForm.ShowAsync(command, overview, dialog, mayChange, cancellationToken);
    }
}
