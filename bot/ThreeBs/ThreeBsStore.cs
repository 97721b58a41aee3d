using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.ThreeBs;

/// <summary>Stores members' descriptions of a coalition's partners, one document per partner.</summary>
public sealed class ThreeBsStore(IDocumentStore store, DocumentUpdater updater)
{
    public Task<PartnerDescriptions> SaveAsync(CoalitionId coalition, string partnerId, ThreeBsDescription description, CancellationToken cancellationToken) =>
        updater.UpdateAsync(KeyOf(coalition, partnerId), ThreeBsJsonContext.Default.PartnerDescriptions,
            current => (current ?? new PartnerDescriptions { PartnerId = partnerId }).With(description), cancellationToken);

    public async Task<PartnerDescriptions?> GetAsync(CoalitionId coalition, string partnerId, CancellationToken cancellationToken) =>
        (await store.ReadJsonAsync(KeyOf(coalition, partnerId), ThreeBsJsonContext.Default.PartnerDescriptions, cancellationToken))?.Value;

    /// <summary>The partners that have descriptions (one listing).</summary>
    public Task<IReadOnlyList<string>> PartnerIdsAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        store.ChildNamesAsync(coalition.Key("threebs"), cancellationToken);

    /// <summary>Takes the member's descriptions (and their history) of this partner out; false when there were none.</summary>
    public Task<bool> RemoveMemberAsync(CoalitionId coalition, string partnerId, string userId, CancellationToken cancellationToken) =>
        updater.ChangeExistingAsync(KeyOf(coalition, partnerId), ThreeBsJsonContext.Default.PartnerDescriptions, d => d.WithoutMember(userId), cancellationToken);

    public static string KeyOf(CoalitionId coalition, string partnerId) => coalition.Key("threebs", partnerId);
}
