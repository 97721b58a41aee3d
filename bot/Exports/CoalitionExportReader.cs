using CoalitionBot.Actions;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Forces;
using CoalitionBot.Leadership;
using CoalitionBot.Summaries;

namespace CoalitionBot.Exports;

/// <summary>Reads a coalition's answers for an export: one document per round, per described partner and for leadership and forces; never one per answer.</summary>
public sealed class CoalitionExportReader(CheckInStore rounds, LeadershipStore leadership, ThreeBsSummaryReader threeBs, ActionStore actions, ForceStore forces, TimeProvider time)
{
    public async Task<CoalitionExport> ReadAsync(Coalition coalition, CancellationToken cancellationToken)
    {
        return CoalitionExport.Of(coalition, await rounds.NewestAsync(coalition.Id, int.MaxValue, cancellationToken),
            await leadership.GetAsync(coalition.Id, cancellationToken),
            await threeBs.ReadAsync(coalition, only: null, cancellationToken),
            time.GetUtcNow()) with
        {
            Actions = [.. (await actions.GetAsync(coalition.Id, cancellationToken)).Items.Select(a => ActionExport.Of(a, coalition))],
            Forces = ForcesExport.Of(await forces.GetAsync(coalition.Id, cancellationToken), coalition.MinimumRespondents),
        };
    }
}
