using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Commands;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Goals;

/// <summary>"doel": everyone reads the coalition's shared goal; leads and admins also get the form to record or change it.</summary>
public sealed class GoalCommand(GoalDialog dialog) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "doel", English = "goal",
        HelpLine = () => Strings.HelpLineGoal,
        ManifestDescription = () => Strings.ManifestGoal,
    };

    public Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var mayChange = command.Coalition.IsLeadOrAdmin(command.UserId);
        var text = command.Coalition.Goal is { } goal ? MemberText.Escape(goal.Text) : Strings.GoalNone;
        var overview = MessageCard.Build(Strings.GoalTitle, mayChange ? text : $"{text}\n\n{Strings.GoalOnlyLeadsMayChange}", facts: null, CardLanguage.Current);
        return OverviewThenForm.ShowAsync(command, overview, dialog, mayChange, cancellationToken);
    }
}
