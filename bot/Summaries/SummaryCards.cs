using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Commands;
using CoalitionBot.Forces;
using CoalitionBot.Leadership;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>Reads what a topic's summary needs (a few documents, never one per answer) and builds its cards in the current language.</summary>
public sealed class SummaryCards(CheckInSummaryReader checkIns, LeadershipStore leadership, ThreeBsSummaryReader threeBs, ForceStore forces)
{
    /// <param name="inChannel">The cards will be read in the team's channel: the overview then also offers a new thread.</param>
    /// <returns>The cards, headed by the coalition's goal, or null for a topic that is not a summary (a partner the coalition does not have included).</returns>
    public async Task<IReadOnlyList<AdaptiveCard>?> BuildAsync(Coalition coalition, ParsedCommand topic, bool inChannel, CancellationToken cancellationToken) =>
        await CardsAsync(coalition, topic, inChannel, cancellationToken) is { } cards ? CoalitionGoalTexts.AddTo(cards, coalition.Goal) : null;

    private async Task<IReadOnlyList<AdaptiveCard>?> CardsAsync(Coalition coalition, ParsedCommand topic, bool inChannel, CancellationToken cancellationToken) => topic.Route switch
    {
        null when topic.Argument.Length == 0 => [SummaryOverviewCard.Build(
            // The overview shows no trend: two rounds are enough.
            await checkIns.ReadAsync(coalition, cancellationToken, CheckInSummaryReader.LatestAndPrevious),
            await LeadershipAsync(coalition, cancellationToken),
            await threeBs.ReadAsync(coalition, only: null, cancellationToken),
            await ForcesAsync(coalition, cancellationToken),
            inChannel)],
        var route when route == CheckInCommand.Route => CheckInSummaryCard.Build(await checkIns.ReadAsync(coalition, cancellationToken,
            roundName: topic.Argument.Length > 0 ? topic.Argument : null)),
        var route when route == ThreeBsCommand.Route && topic.Argument.Length == 0 => ThreeBsSummaryCard.Build(await threeBs.ReadAsync(coalition, only: null, cancellationToken)),
        var route when route == ThreeBsCommand.Route && coalition.PartnerNamed(topic.Argument) is { } partner => ThreeBsSummaryCard.Build(await threeBs.ReadAsync(coalition, partner, cancellationToken)),
        var route when route == LeadershipCommand.Route => [LeadershipSummaryCard.Build(await LeadershipAsync(coalition, cancellationToken))],
        var route when route == ForcesCommand.Route => ForceSummaryCard.Build(await ForcesAsync(coalition, cancellationToken)),
        _ => null,
    };

    private async Task<LeadershipSummary> LeadershipAsync(Coalition coalition, CancellationToken cancellationToken) =>
        LeadershipSummary.Of(await leadership.GetAsync(coalition.Id, cancellationToken), coalition.MinimumRespondents, coalition.Phase);

    private async Task<ForceSummary> ForcesAsync(Coalition coalition, CancellationToken cancellationToken) =>
        ForceSummary.Of(await forces.GetAsync(coalition.Id, cancellationToken), coalition.MinimumRespondents);
}
