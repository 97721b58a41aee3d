using CoalitionBot.BotFramework;
using CoalitionBot.Bots;
using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.PersonalData;
using CoalitionBot.Resources;

namespace CoalitionBot.Exports;

/// <summary>
/// "exporteer"/"export": a lead or admin gets the download links, for them alone (so in their 1:1 chat, see ReplyRules).
/// </summary>
public sealed class ExportCommand(CoalitionDialogStarter coalitions, SignedLinks links)
{
    public async Task RunAsync(TurnContext turn, StateSession session, CancellationToken cancellationToken)
    {
        if (await coalitions.ResolveOrAskAsync(turn, session, turn.Text, cancellationToken) is not { } coalition) return;
        var userId = turn.Activity.From!.Id!;
        if (!coalition.IsLeadOrAdmin(userId))
        {
            await turn.SendTextAsync(Strings.ExportNotAllowed, cancellationToken);
            return;
        }
        if (await ExportDownload.LinksAsync(turn, coalition.Id, userId, links, cancellationToken) is not { } urls)
        {
            await turn.SendTextAsync(Strings.ExportUnavailable, cancellationToken);
            return;
        }

        await turn.SendCardAsync(ExportCard.Build(coalition.Name ?? coalition.Id.TeamId, coalition.MinimumRespondents, urls.Csv, urls.Json).ToJsonElement(), cancellationToken);
    }
}
