using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.CoalitionSettings;

/// <summary>"instellingen": everyone sees the coalition's settings; an admin also gets the form to change them.</summary>
public sealed class SettingsCommand(SettingsDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "instellingen", English = "settings",
        HelpLine = () => Strings.HelpLineSettings,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var isAdmin = command.Coalition.IsAdmin(command.UserId);
        var overview = OverviewThenForm.Card(Strings.SettingsTitle, Strings.SettingsOverviewText, Strings.SettingsOnlyAdminsMayChange, isAdmin, SettingsDialog.Facts(command.Coalition));
        return OverviewThenForm.ShowAsync(command, overview, dialog, isAdmin, cancellationToken);
    }
}
