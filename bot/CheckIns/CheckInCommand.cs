using CoalitionBot.Actions;
using CoalitionBot.Commands;
using CoalitionBot.Resources;

namespace CoalitionBot.CheckIns;

/// <summary>"checkin": the periodic check-in on the five aspects of working together, in the open round.</summary>
public sealed class CheckInCommand(CheckInDialog dialog, CheckInStore rounds, ActionCheckInQuestions actionQuestions) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "checkin", English = "checkin", OtherWords = ["check-in"],
        HelpLine = () => Strings.HelpLineCheckIn,
        ManifestDescription = () => Strings.ManifestCheckIn,
    };

    public async Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        // Without an open round, the check-in opens one for the rest of the month when it is saved.
        var round = await rounds.OpenRoundAsync(command.Coalition.Id, cancellationToken) ?? await rounds.NextMonthRoundAsync(command.Coalition.Id, cancellationToken);
        // The member's open actions are asked about first ("Is 'X' gelukt?").
        var options = await actionQuestions.WithOwnActionsAsync(dialog.StartOptions(command.Coalition, round), command.Coalition.Id, command.UserId, cancellationToken);
        await command.BeginAsync(dialog, options, cancellationToken);
    }
}
