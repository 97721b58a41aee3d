using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.ThreeBs;

/// <summary>
/// Stores members' descriptions of a coalition's partners, one document per partner, with the descriptions given since
/// it was last rewritten as lines beside it (<see cref="LinedDocuments{TDocument, TLine}"/>): a whole meeting can describe
/// one partner at once without waiting for each other.
/// </summary>
public sealed class ThreeBsStore(IDocumentStore store, DocumentUpdater updater)
{
    private readonly LinedDocuments<PartnerDescriptions, ThreeBsDescription> partners =
        new(store, updater, ThreeBsJsonContext.Default.PartnerDescriptions, ThreeBsJsonContext.Default.ThreeBsDescription, (partner, description) => partner.With(description));

    public Task SaveAsync(CoalitionId coalition, string partnerId, ThreeBsDescription description, CancellationToken cancellationToken) =>
        partners.AppendAsync(KeyOf(coalition, partnerId), description, stored => stored ?? new PartnerDescriptions { PartnerId = partnerId }, cancellationToken);

    /// <summary>Every description of the partner (two reads when descriptions were appended since it was last rewritten).</summary>
    public Task<PartnerDescriptions?> GetAsync(CoalitionId coalition, string partnerId, CancellationToken cancellationToken) =>
        partners.ReadAsync(KeyOf(coalition, partnerId), cancellationToken);

    /// <summary>The partners that have descriptions (one listing).</summary>
    public Task<IReadOnlyList<string>> PartnerIdsAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        store.ChildNamesAsync(coalition.Key("threebs"), cancellationToken);

    /// <summary>Takes the member's descriptions (and their history) of this partner out; false when there were none.</summary>
    public async Task<bool> RemoveMemberAsync(CoalitionId coalition, string partnerId, string userId, CancellationToken cancellationToken) =>
        (await partners.RewriteAsync(KeyOf(coalition, partnerId), d => d.WithoutMember(userId), null, cancellationToken)).Written;

    /// <summary>
    /// Takes out the descriptions made before <paramref name="cutoff"/> (retention), deleting a partner left without any,
    /// and the line blobs the partner no longer names; how many descriptions went.
    /// </summary>
    public Task<int> PurgeAsync(CoalitionId coalition, string partnerId, DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        partners.PurgeAsync(KeyOf(coalition, partnerId), partner => partner.WithoutDescriptionsBefore(cutoff), partner => partner.Count, cancellationToken);

    public static string KeyOf(CoalitionId coalition, string partnerId) => coalition.Key("threebs", partnerId);
}
