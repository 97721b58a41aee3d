using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;

namespace CoalitionBot.Summaries;

/// <summary>Reads what a check-in summary needs: one listing and the newest round documents (at most six), however many answers they hold.</summary>
public sealed class CheckInSummaryReader(CheckInStore rounds)
{
    /// <summary>Rounds enough for the latest figures and their change since the round before (no trend).</summary>
    public const int LatestAndPrevious = 2;

    public async Task<CheckInSummary> ReadAsync(Coalition coalition, CancellationToken cancellationToken, int newestRounds = CheckInTrendChart.MaxRounds)
    {
        var ids = (await rounds.RoundIdsAsync(coalition.Id, cancellationToken)).Order(StringComparer.Ordinal).TakeLast(newestRounds);
        var newest = (await Task.WhenAll(ids.Select(id => rounds.GetAsync(coalition.Id, id, cancellationToken)))).OfType<CheckInRound>().ToList();
        var summary = CheckInSummary.Of(newest.Count > 0 ? newest[^1] : null, newest.Count > 1 ? newest[^2] : null, coalition.MinimumRespondents);
        // The trend draws the same published figures: a round without them is left out, its means could point at one person.
        return summary with { History = [.. newest.Select(r => RoundMeans.Of(r, coalition.MinimumRespondents)).OfType<RoundMeans>()] };
    }
}
