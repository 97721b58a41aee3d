using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Coalitions;
using CoalitionBot.Commands;
using CoalitionBot.Conversations;
using CoalitionBot.Languages;
using CoalitionBot.PersonalData;
using CoalitionBot.Resources;
using CoalitionBot.Summaries.Pdf;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>
/// "samenvatting [checkin | leiderschap | 3b [partner] | krachten] [nieuw | pdf]": a lead or admin gets the summary as a reply in
/// the thread asked in, or as a new thread in the team's channel, or as a link to a one-page PDF in their 1:1 chat; in
/// a 1:1 chat with a button that posts it in the channel. The router has refused everyone else, group chats, and
/// buttons naming a coalition the clicker does not lead.
/// </summary>
public sealed class SummaryCommand(CommandWords words, ConversationReferenceStore references, SummaryCards summaries, SignedLinks links) : ICommandHandler
{
    public static readonly CommandRoute Route = new()
    {
        Dutch = "samenvatting", English = "summary",
        Place = CommandPlace.PersonalChatOrTeamChannel, Users = CommandUsers.LeadsAndAdmins,
        Refusal = () => Strings.SummaryNotAllowed,
        PlaceRefusal = () => Strings.SummaryOnlyInTeamOrPersonal,
        HelpLine = () => Strings.HelpLineSummary,
        ManifestDescription = () => Strings.ManifestSummary,
    };

    public async Task RunAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var (turn, coalition) = (command.Turn, command.Coalition);
        var request = SummaryRequest.Parse(command.Command.Argument);
        var topic = words.Parse(request.TopicText);
        if (topic.Route == ThreeBsCommand.Route && topic.Argument.Length > 0 && coalition.PartnerNamed(topic.Argument) is null)
        {
            // Not a summary: answered where asked, never posted in (or offered for) the channel.
            await turn.SendCardAsync(MessageCard.Build(Strings.SummaryThreeBsTitle, Strings.SummaryThreeBsUnknownPartner, facts: null, CardLanguage.Current).ToJsonElement(), Audience.Conversation, cancellationToken);
            return;
        }
        if (request.AsPdf)
        {
            await SendPdfLinkAsync(command, request.TopicText, cancellationToken);
            return;
        }
        // In a channel the coalition is the team's own (the router refused a button naming another), so the summary may go there.
        var inChannel = TeamRoster.CoalitionOf(turn.Activity) is not null;
        if (await summaries.BuildAsync(coalition, topic, inChannel || request.AsNewThread, cancellationToken) is not { } cards)
        {
            await turn.SendTextAsync(Strings.SummaryUnknownTopic, Audience.Conversation, cancellationToken);
            return;
        }

        try
        {
            cards = SummaryButtons.AddTo(cards, coalition.Id, request.TopicText, inChannel || request.AsNewThread);
            if (!request.AsNewThread)
            {
                // Aggregates for the leads, in a place ReplyRules allows (checked by the router).
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

    /// <summary>The link to the PDF, for the asker alone: in their 1:1 chat, also when asked in the channel.</summary>
    private async Task SendPdfLinkAsync(CommandTurn command, string topicText, CancellationToken cancellationToken)
    {
        var turn = command.Turn;
        if (await SummaryPdfDownload.LinkAsync(turn, command.Coalition.Id, command.UserId, topicText, links, cancellationToken) is not { } url)
        {
            await turn.SendTextAsync(Strings.SummaryPdfUnavailable, cancellationToken);
            return;
        }
        await turn.SendCardAsync(SummaryPdfCard.Build(url).ToJsonElement(), cancellationToken);
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
