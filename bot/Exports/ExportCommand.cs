using CoalitionBot.BotFramework;
using CoalitionBot.Bots;
using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.PersonalData;
using CoalitionBot.Resources;

namespace CoalitionBot.Exports;

/// <summary>
/// "exporteer"/"export": a lead or admin gets the download links in their 1:1 chat. Asked in a channel, the links
/// go to the 1:1 chat (never to the channel, where others would see them), with a word about it in the channel.
/// </summary>
public sealed class ExportCommand(CoalitionDialogStarter coalitions, PersonalChats chats, SignedLinks links)
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

        var card = ExportCard.Build(coalition.Name ?? coalition.Id.TeamId, coalition.MinimumRespondents, urls.Csv, urls.Json).ToJsonElement();
        if (turn.Activity.Conversation?.IsPersonal == true)
        {
            await turn.SendCardAsync(card, cancellationToken);
            return;
        }
        var sent = await chats.SendAsync(turn, userId, turn.CardMessage(card), cancellationToken);
        await turn.SendTextAsync(sent ? Strings.ExportSentPersonally : Strings.ExportOpenPersonalChat, cancellationToken);
    }
}
