using CoalitionBot.Coalitions;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Summaries;

/// <summary>Reads what a 3 B's summary needs: one listing and one document per described partner (never one per description).</summary>
public sealed class ThreeBsSummaryReader(ThreeBsStore store)
{
    /// <param name="only">Read just this partner's document, for a summary of that partner alone.</param>
    public async Task<ThreeBsSummary> ReadAsync(Coalition coalition, Partner? only, CancellationToken cancellationToken)
    {
        IEnumerable<string> ids = only is not null ? [only.Id] : await store.PartnerIdsAsync(coalition.Id, cancellationToken);
        var documents = await Task.WhenAll(ids.Where(id => coalition.Partner(id) is not null).Select(id => store.GetAsync(coalition.Id, id, cancellationToken)));
        return ThreeBsSummary.Of(coalition, documents.OfType<PartnerDescriptions>().ToDictionary(d => d.PartnerId), only);
    }
}
