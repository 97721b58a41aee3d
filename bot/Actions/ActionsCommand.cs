using CoalitionBot.Cards;
using CoalitionBot.Commands;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Actions;

/// <summary>
/// "acties [nieuw | klaar N | wijzig N | verwijder N]" (or the English words): leads and admins agree actions with an
/// owner and a day and see all of them; a member sees the actions they own and may mark those done. Everything is
/// answered in the 1:1 chat (<see cref="ReplyRules"/>): the list agreed in a meeting reaches the channel only in the
/// check-in summary a lead posts there.
/// </summary>
public sealed class ActionsCommand(ActionStore actions, ActionDialog dialog, ActionDeleteDialog deleteDialog, TimeProvider time) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "acties", English = "actions", OtherWords = ["actie", "action"],
        HelpLine = () => Strings.HelpLineActions,
        ManifestDescription = () => Strings.ManifestActions,
    };

    public async Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var (turn, coalition, userId) = (command.Turn, command.Coalition, command.UserId);
        var request = ActionRequest.Parse(command.Command.ArgumentWithoutMode);
        var isLead = coalition.IsLeadOrAdmin(userId);
        if (request.Verb == ActionVerb.Unknown)
        {
            await turn.SendTextAsync(isLead ? Strings.ActionUsageLead : Strings.ActionUsageMember, cancellationToken);
            return;
        }
        if (request.IsForLeads && !isLead)
        {
            await turn.SendTextAsync(Strings.ActionOnlyLeads, cancellationToken);
            return;
        }

        var stored = await actions.GetAsync(coalition.Id, cancellationToken);
        var action = request.Number is { } number ? stored.Find(number) : null;
        // A member hears of no action but their own: someone else's number is as unknown to them as a wrong one.
        if (request.NeedsNumber && (action is null || (!isLead && !action.IsOwnedBy(userId))))
        {
            await turn.SendTextAsync(Texts.Format(Strings.ActionUnknownNumber, request.Number!.Value), cancellationToken);
            return;
        }

        switch (request.Verb)
        {
            case ActionVerb.List:
                var shown = isLead ? stored.Items : [.. stored.OwnedBy(userId)];
                foreach (var card in ActionListCard.Build(shown, coalition, ActionDates.Today(time), isLead)) await turn.SendCardAsync(card.ToJsonElement(), cancellationToken);
                break;
            case ActionVerb.New:
                await command.BeginAsync(dialog, await dialog.StartOptionsAsync(coalition, existing: null, cancellationToken), cancellationToken);
                break;
            case ActionVerb.Change:
                await command.BeginAsync(dialog, await dialog.StartOptionsAsync(coalition, action, cancellationToken), cancellationToken);
                break;
            case ActionVerb.Remove:
                await command.BeginAsync(deleteDialog, deleteDialog.StartOptions(coalition, action!), cancellationToken);
                break;
            case ActionVerb.Done:
                await MarkDoneAsync(command, action!, cancellationToken);
                break;
        }
    }

    private async Task MarkDoneAsync(CommandTurn command, ActionItem action, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var saved = await actions.UpdateAsync(command.Coalition.Id, stored => stored.WithChanged(action.Number, a => a.MarkedDone(now)), cancellationToken);
        // Removed by a lead in the meantime: said so, nothing written.
        var text = Texts.Format(saved.Find(action.Number) is { IsDone: true } ? Strings.ActionMarkedDone : Strings.ActionGone, action.Number, ActionTexts.Text(action));
        await command.Turn.SendTextAsync(text, cancellationToken);
    }
}
