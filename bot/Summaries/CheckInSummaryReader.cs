using CoalitionBot.Actions;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;

namespace CoalitionBot.Summaries;

/// <summary>
/// Reads what a check-in summary needs: one listing and the newest round documents (at most seven), however many answers
/// they hold. The figures are those of the latest closed round (or the round asked for); the open round only says how
/// many have checked in so far, since its figures still change while the meeting is ahead.
/// </summary>
public sealed class CheckInSummaryReader(CheckInStore rounds, ActionStore actions, TimeProvider time)
{
    /// <summary>Rounds enough for the latest figures and their change since the round before (no trend).</summary>
    public const int LatestAndPrevious = 2;

    /// <param name="roundName">An older round's name (or id) to show instead of the latest closed one; all rounds are read then.</param>
    public async Task<CheckInSummary> ReadAsync(Coalition coalition, CancellationToken cancellationToken, int newestRounds = CheckInTrendChart.MaxRounds, string? roundName = null)
    {
        // One more than asked: the newest may be the open round, which is not one of them.
        var newest = await rounds.NewestAsync(coalition.Id, roundName is null ? newestRounds + 1 : int.MaxValue, cancellationToken);
        var now = time.GetUtcNow();
        var open = newest.Count > 0 && newest[^1].IsOpenAt(now) ? newest[^1] : null;
        var closed = open is null ? newest : newest.Take(newest.Count - 1).ToList();
        if (roundName is not null)
        {
            var asked = closed.LastOrDefault(r => Named(r, roundName));
            if (asked is null) return CheckInSummary.Unknown(roundName, coalition.MinimumRespondents);
            closed = [.. closed.TakeWhile(r => !ReferenceEquals(r, asked)), asked];
        }
        closed = [.. closed.TakeLast(newestRounds)];

        var summary = CheckInSummary.Of(closed.Count > 0 ? closed[^1] : null, closed.Count > 1 ? closed[^2] : null, coalition.MinimumRespondents);
        // The trend draws the same published figures: a round without them is left out, its means could point at one person.
        return summary with
        {
            History = [.. closed.Select(r => RoundMeans.Of(r, coalition.MinimumRespondents)).OfType<RoundMeans>()],
            OpenRound = open is null ? null : new OpenRoundProgress(CheckInRoundNames.Of(open), open.Answers.Count, open.End),
            // One more document: the actions agreed, with what was done since the round before the one shown.
            Actions = ActionsOverview.Of(await actions.GetAsync(coalition.Id, cancellationToken), coalition, ActionDates.Today(time), closed.Count > 1 ? closed[^2].End : null),
        };
    }

    private static bool Named(CheckInRound round, string name) =>
        string.Equals(round.RoundId, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(CheckInSummary.OneLine(CheckInRoundNames.Of(round)), CheckInSummary.OneLine(name), StringComparison.CurrentCultureIgnoreCase);
}
