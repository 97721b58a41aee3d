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
        return OverviewThenForm.ShowAsync(command, Overview(command.Coalition, mayChange), dialog, mayChange, cancellationToken);
    }

    /// <summary>Who the bestuurlijke trekker is (or that there is none yet), for everyone.</summary>
    public static Cards.AdaptiveCard Overview(Coalitions.Coalition coalition, bool mayChange) =>
        OverviewThenForm.Card(Strings.AdministrativeLeadTitle, Strings.AdministrativeLeadIntro, Strings.AdministrativeLeadOnlyLeadsMayChange, mayChange,
            [new Cards.Fact(Strings.AdministrativeLeadTitle, AdministrativeLeadTexts.Line(coalition))]);
}
