using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Bots;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>
/// "samenvatting [checkin | leiderschap | 3b [partner]] [nieuw]": a lead or admin gets the summary as a reply in
/// the thread asked in, or as a new thread in the team's channel; in a 1:1 chat with a button that posts it
/// there. Anyone else, and any button naming a coalition the clicker does not lead, gets a polite refusal.
/// </summary>
public sealed class SummaryCommand(CoalitionDialogStarter coalitions, CoalitionStore store, ConversationReferenceStore references, SummaryCards summaries)
{
    public async Task RunAsync(TurnContext turn, StateSession session, BotCommand command, CancellationToken cancellationToken)
    {
        if (!ReplyRules.MayShowSummariesIn(turn.Activity))
        {
            // Answered before anything is looked up or asked.
            await turn.SendTextAsync(Strings.SummaryOnlyInTeamOrPersonal, Audience.Conversation, cancellationToken);
            return;
        }
        // In a channel the coalition is the team's own (a button naming another is refused below), so the summary may go there.
        var here = TeamRoster.CoalitionOf(turn.Activity);
        Coalition? coalition;
        if (command.Coalition is { } named)
            // A button's coalition: only the one of the team asked in, or (in a 1:1 chat) one in the clicker's own tenant.
            coalition = (here is null ? named.TenantId == turn.Activity.GetTenantId() : named == here) ? await store.GetAsync(named, cancellationToken) : null;
        else if ((coalition = await coalitions.ResolveOrAskAsync(turn, session, turn.Text, cancellationToken)) is null)
            return;
        if (coalition is null || !coalition.IsLeadOrAdmin(turn.Activity.From!.Id!))
        {
            await turn.SendTextAsync(Strings.SummaryNotAllowed, Audience.Conversation, cancellationToken);
            return;
        }

        var request = SummaryRequest.Parse(command.Argument);
        if (request.Topic is { Kind: BotCommandKind.ThreeBs, Argument.Length: > 0 } partnerTopic && coalition.PartnerNamed(partnerTopic.Argument) is null)
        {
            // Not a summary: answered where asked, never posted in (or offered for) the channel.
            await turn.SendCardAsync(MessageCard.Build(Strings.SummaryThreeBsTitle, Strings.SummaryThreeBsUnknownPartner, facts: null, CardLanguage.Current).ToJsonElement(), Audience.Conversation, cancellationToken);
            return;
        }
        var inChannel = here is not null;
        if (await summaries.BuildAsync(coalition, request.Topic, inChannel || request.AsNewThread, cancellationToken) is not { } cards)
        {
            await turn.SendTextAsync(Strings.SummaryUnknownTopic, Audience.Conversation, cancellationToken);
            return;
        }

        try
        {
            if (!request.AsNewThread)
            {
                if (!inChannel) cards = PostInChannelButton.AddTo(cards, coalition.Id, request.TopicText);
                // Aggregates for the leads, in a place ReplyRules allows (checked above).
                foreach (var card in cards) await turn.SendCardAsync(card.ToJsonElement(), Audience.Conversation, cancellationToken);
                return;
            }
            var target = inChannel ? ThisChannel(turn.Activity, coalition.Id) : await TeamChannelAsync(turn, coalition, cancellationToken);
            await ChannelThreads.StartAsync(turn.Connector, target, [.. cards.Select(card => turn.CardMessage(card.ToJsonElement()))], cancellationToken);
        }
        catch (ConnectorException e) when (e.StatusCode == System.Net.HttpStatusCode.RequestEntityTooLarge)
        {
            // Cards are kept under Teams' limit; should Teams still refuse one, the lead must not take what came for the whole summary.
            await turn.SendTextAsync(Strings.SummaryTooLarge, Audience.Conversation, cancellationToken);
            return;
        }
        catch (ConnectorException) when (request.AsNewThread)
        {
            await turn.SendTextAsync(Strings.SummaryChannelPostFailed, Audience.Conversation, cancellationToken);
            return;
        }
        if (!inChannel) await turn.SendTextAsync(Strings.SummaryPostedInChannel, Audience.Conversation, cancellationToken);
    }

    private static ChannelTarget ThisChannel(Activity activity, CoalitionId coalition) =>
        new(activity.ServiceUrl!, TeamsConversationId.ChannelOf(activity.Conversation!.Id!), coalition.TenantId);

    /// <summary>The channel the team last used the bot in, else its General channel (whose id is the team's).</summary>
    private async Task<ChannelTarget> TeamChannelAsync(TurnContext turn, Coalition coalition, CancellationToken cancellationToken)
    {
        var known = await references.GetTeamChannelAsync(turn.Activity.ChannelId!, coalition.Id.TeamId, cancellationToken);
        return new ChannelTarget(
            known?.ServiceUrl ?? coalition.ServiceUrl ?? turn.Activity.ServiceUrl!,
            known?.Conversation?.Id ?? coalition.Id.TeamId,
            coalition.Id.TenantId);
    }

}
