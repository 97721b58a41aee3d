using System.Globalization;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.CheckIns;

/// <summary>
/// Stores check-in rounds. A round is a calendar month in Dutch time ("2026-11"): coalitions are
/// advised to evaluate periodically, and a month keeps "one check-in per member per round" simple.
/// </summary>
public sealed class CheckInStore(IDocumentStore store, DocumentUpdater updater, CoalitionStore coalitions, TimeProvider time)
{
    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public string CurrentRoundId() => RoundIdAt(time.GetUtcNow());

    /// <summary>The round a moment falls in, e.g. the round a reminder asked for.</summary>
    public static string RoundIdAt(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, DutchTime).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Saves the member's answer in the round, replacing an earlier one of theirs; safe with many members at once. The
    /// coalition's minimum number of respondents decides when the figures leads see are published again.
    /// </summary>
    public async Task<CheckInRound> SaveAsync(CoalitionId coalition, string roundId, CheckInAnswer answer, CancellationToken cancellationToken)
    {
        var minimum = (await coalitions.GetAsync(coalition, cancellationToken))?.MinimumRespondents ?? Coalition.DefaultMinimumRespondents;
        return await updater.UpdateAsync(KeyOf(coalition, roundId), CheckInJsonContext.Default.CheckInRound,
            round => (round ?? new CheckInRound { RoundId = roundId }).WithAnswer(answer, minimum), cancellationToken);
    }

    public async Task<CheckInRound?> GetAsync(CoalitionId coalition, string roundId, CancellationToken cancellationToken) =>
        (await store.ReadJsonAsync(KeyOf(coalition, roundId), CheckInJsonContext.Default.CheckInRound, cancellationToken))?.Value;

    /// <summary>The ids of the coalition's rounds, oldest first (one listing, not one read per answer).</summary>
    public Task<IReadOnlyList<string>> RoundIdsAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        store.ChildNamesAsync(coalition.Key("checkins"), cancellationToken);

    /// <summary>Takes the member's answer out of the round; false when they had none there.</summary>
    public Task<bool> RemoveMemberAsync(CoalitionId coalition, string roundId, string userId, CancellationToken cancellationToken) =>
        updater.ChangeExistingAsync(KeyOf(coalition, roundId), CheckInJsonContext.Default.CheckInRound, round => round.WithoutMember(userId), cancellationToken);

    public static string KeyOf(CoalitionId coalition, string roundId) => coalition.Key("checkins", roundId);
}
