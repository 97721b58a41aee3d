using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.Leadership;

/// <summary>
/// Stores leadership results: one <see cref="CoalitionLeadership"/> document per coalition, under the
/// coalition's prefix (so listing the coalition lists it), changed read-change-write with ETag concurrency
/// so members answering at the same time, on any instance of the bot, all end up stored.
/// </summary>
public sealed class LeadershipStore(IDocumentStore store, DocumentUpdater updater, CoalitionStore coalitions)
{
    public static string KeyOf(CoalitionId coalition) => coalition.Key("leadership");

    /// <summary>The coalition's results, or null when nobody answered yet.</summary>
    public async Task<CoalitionLeadership?> GetAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        (await store.ReadJsonAsync(KeyOf(coalition), LeadershipJsonContext.Default.CoalitionLeadership, cancellationToken))?.Value;

    /// <summary>
    /// Saves the member's new result and returns the coalition's document as saved. The coalition's minimum number of
    /// respondents decides when the figures leads see are published again.
    /// </summary>
    public async Task<CoalitionLeadership> RecordAsync(CoalitionId coalition, string userId, LeadershipResult result, CancellationToken cancellationToken)
    {
        var minimum = (await coalitions.GetAsync(coalition, cancellationToken))?.MinimumRespondents ?? Coalition.DefaultMinimumRespondents;
        return await updater.UpdateAsync(KeyOf(coalition), LeadershipJsonContext.Default.CoalitionLeadership, current =>
            (current ?? new CoalitionLeadership { Coalition = coalition }).WithResult(userId, result, minimum), cancellationToken);
    }

    /// <summary>Takes the member's results (latest and earlier) out; false when they had none.</summary>
    public Task<bool> RemoveMemberAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken) =>
        updater.ChangeExistingAsync(KeyOf(coalition), LeadershipJsonContext.Default.CoalitionLeadership, current => current.WithoutMember(userId), cancellationToken);
}
