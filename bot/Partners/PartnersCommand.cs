using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.Partners;

/// <summary>"partners": everyone sees the partners and which roles are missing; leads and admins also get the form to correct one.</summary>
public sealed class PartnersCommand(EditPartnerDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "partners", English = "partners",
        HelpLine = () => Strings.HelpLinePartners,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var coalition = command.Coalition;
        var mayChange = coalition.IsLeadOrAdmin(command.UserId);
        return OverviewThenForm.ShowAsync(command, PartnersOverview.Build(coalition, mayChange), dialog, mayChange && coalition.Partners.Count > 0, cancellationToken);
    }
}
