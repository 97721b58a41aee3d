using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.Roles;

/// <summary>"rollen": everyone sees who leads and administers; an admin also gets the form to change a role.</summary>
public sealed class RolesCommand(RolesDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "rollen", English = "roles",
        HelpLine = () => Strings.HelpLineRoles,
        ManifestDescription = () => Strings.ManifestRoles,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var isAdmin = command.Coalition.IsAdmin(command.UserId);
        var overview = OverviewThenForm.Card(Strings.RolesTitle, Strings.RolesOverviewText, Strings.RolesOnlyAdminsMayChange, isAdmin, RolesOverview.Facts(command.Coalition));
        return OverviewThenForm.ShowAsync(command, overview, dialog, isAdmin, cancellationToken);
    }
}
