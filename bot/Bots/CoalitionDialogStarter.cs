using CoalitionBot.BotFramework;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.Bots;

/// <summary>Starts a coalition's dialog once it is clear which coalition: asks first when the member has several.</summary>
public sealed class CoalitionDialogStarter(CoalitionResolver resolver, DialogRunner dialogs)
{
    /// <summary>The coalition for this turn, or null after telling the user what is needed first.</summary>
    public async Task<Coalition?> ResolveOrAskAsync(TurnContext turn, StateSession session, string commandText, CancellationToken cancellationToken)
    {
        var resolution = await resolver.ResolveAsync(turn, session, cancellationToken);
        if (resolution.Coalition is not null) return resolution.Coalition;
        if (resolution.Choices.Count == 0)
        {
            await turn.SendTextAsync(Strings.NoCoalition, cancellationToken);
            return null;
        }
        var choose = dialogs.Find(ChooseCoalitionDialog.DialogId)!;
        await dialogs.BeginAsync(turn, session, choose, DialogMode.Card, ChooseCoalitionDialog.StartOptions(resolution.Choices, commandText), cancellationToken);
        return null;
    }

    public async Task StartAsync(TurnContext turn, StateSession session, string dialogId, BotCommand command, CancellationToken cancellationToken)
    {
        if (await ResolveOrAskAsync(turn, session, turn.Text, cancellationToken) is not { } coalition) return;
        await StartForAsync(turn, session, coalition, dialogId, command, cancellationToken);
    }

    public async Task StartForAsync(TurnContext turn, StateSession session, Coalition coalition, string dialogId, BotCommand command, CancellationToken cancellationToken)
    {
        var dialog = (CoalitionDialog)dialogs.Find(dialogId)!;
        var mode = command.WantsTextMode ? DialogMode.Text : DialogMode.Card;
        await dialogs.BeginAsync(turn, session, dialog, mode, dialog.StartOptions(coalition, command.ArgumentWithoutMode), cancellationToken);
    }
}
