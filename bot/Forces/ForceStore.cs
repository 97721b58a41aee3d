using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.Forces;

/// <summary>The coalition's forces document: one read for a summary or an export; every change ETag-checked.</summary>
public sealed class ForceStore(IDocumentStore store, DocumentUpdater updater)
{
    public static string KeyOf(CoalitionId coalition) => coalition.Key("forces");

    /// <summary>The coalition's forces, or null when nobody named any yet.</summary>
    public async Task<CoalitionForces?> GetAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        (await store.ReadJsonAsync(KeyOf(coalition), ForceJsonContext.Default.CoalitionForces, cancellationToken))?.Value;

    /// <summary>Saves the member's forces in place of their earlier ones; the coalition's minimum decides when leads see them.</summary>
    public Task<CoalitionForces> RecordAsync(CoalitionId coalition, MemberForces forces, int minimumRespondents, CancellationToken cancellationToken) =>
        updater.UpdateAsync(KeyOf(coalition), ForceJsonContext.Default.CoalitionForces,
            current => (current ?? new CoalitionForces()).WithForces(forces, minimumRespondents), cancellationToken);

    /// <summary>Takes the member's forces out; false when they had none.</summary>
    public Task<bool> RemoveMemberAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken) =>
        updater.ChangeExistingAsync(KeyOf(coalition), ForceJsonContext.Default.CoalitionForces, current => current.WithoutMember(userId), cancellationToken);
}
