using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.Partners;

/// <summary>"bestuurlijk": everyone sees who the coalition's bestuurlijke trekker is; leads and admins also get the form to change it.</summary>
public sealed class AdministrativeLeadCommand(AdministrativeLeadDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "bestuurlijk", English = "sponsor",
        // "bestuurlijke trekker", as people say it.
        OtherWords = ["bestuurlijke"],
        HelpLine = () => Strings.HelpLineAdministrativeLead,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var mayChange = command.Coalition.IsLeadOrAdmin(command.UserId);
        var overview = OverviewThenForm.Card(Strings.AdministrativeLeadTitle, $"{Strings.AdministrativeLeadIntro}\n\n{AdministrativeLeadTexts.Line(command.Coalition)}",
            Strings.AdministrativeLeadOnlyLeadsMayChange, mayChange, facts: []);
        return OverviewThenForm.ShowAsync(command, overview, dialog, mayChange, cancellationToken);
    }
}
