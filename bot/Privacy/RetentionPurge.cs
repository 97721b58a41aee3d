using CoalitionBot.Actions;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Forces;
using CoalitionBot.Leadership;
using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Privacy;

/// <summary>
/// Removes answers older than their coalition's <see cref="Coalition.RetentionMonths"/>: check-in answers, 3 B's
/// descriptions (current and history), leadership results and the forces members named, the records of reminders sent that long ago
/// (they name who was reminded), and actions done or due that long ago. A document left with nothing in it is deleted.
/// Every change is ETag-checked (and answers appended beside a document are folded in first), so an answer given while
/// the purge runs is never lost.
/// </summary>
public sealed partial class RetentionPurge(
    CoalitionStore coalitions,
    CheckInStore rounds,
    ThreeBsStore threeBs,
    DeliveryLog reminders,
    DocumentUpdater updater,
    TimeProvider time,
    ILogger<RetentionPurge> logger)
{
    /// <summary>Purges every coalition; one that fails is logged and the others still get their turn.</summary>
    public async Task<IReadOnlyList<PurgeReport>> PurgeAllAsync(CancellationToken cancellationToken)
    {
        var reports = new List<PurgeReport>();
        foreach (var id in await coalitions.AllIdsAsync(cancellationToken))
        {
            try
            {
                if (await PurgeAsync(id, cancellationToken) is { } report) reports.Add(report);
            }
            catch (Exception e) when (e is StorageUnavailableException or ConcurrencyConflictException)
            {
                LogCoalitionFailed(id.TenantId, id.TeamId, e.GetType().Name);
            }
        }
        return reports;
    }

    /// <summary>Purges one coalition; null when it is gone.</summary>
    public async Task<PurgeReport?> PurgeAsync(CoalitionId id, CancellationToken cancellationToken)
    {
        if (await coalitions.GetAsync(id, cancellationToken) is not { } coalition) return null;
        // A stored value below one month would erase answers as they are given; that is never what was meant.
        var months = Math.Max(1, coalition.RetentionMonths);
        var cutoff = time.GetUtcNow().AddMonths(-months);

        var checkIns = 0;
        foreach (var roundId in await rounds.RoundIdsAsync(id, cancellationToken))
            checkIns += await rounds.PurgeAsync(id, roundId, cutoff, cancellationToken);

        var descriptions = 0;
        foreach (var partnerId in await threeBs.PartnerIdsAsync(id, cancellationToken))
            descriptions += await threeBs.PurgeAsync(id, partnerId, cutoff, cancellationToken);

        var results = await PurgeAsync(LeadershipStore.KeyOf(id), LeadershipJsonContext.Default.CoalitionLeadership,
            l => l.WithoutResultsBefore(cutoff), l => l.ResultCount, cancellationToken);

        var forces = await PurgeAsync(ForceStore.KeyOf(id), ForceJsonContext.Default.CoalitionForces,
            f => f.WithoutForcesBefore(cutoff), f => f.Members.Count, cancellationToken);

        var deliveries = await reminders.PurgeBeforeAsync(id, cutoff, cancellationToken);

        // Actions done, or due, that long ago; the document itself stays: it keeps the last number handed out.
        var actions = await PurgeAsync(ActionStore.KeyOf(id), ActionJsonContext.Default.CoalitionActions,
            a => a.WithoutActionsBefore(cutoff), a => a.Items.Count, cancellationToken, keepEmpty: true);

        var report = new PurgeReport(id, months, checkIns, descriptions, results, deliveries, actions) { Forces = forces };
        // Counts and ids only: never an answer, a name or a partner.
        if (report.Total > 0) LogPurged(id.TenantId, id.TeamId, months, checkIns, descriptions, results, deliveries, actions, forces);
        return report;
    }

    /// <summary>Applies the purge to one document and returns how many answers it removed.</summary>
    private async Task<int> PurgeAsync<T>(string key, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, Func<T, T> purge, Func<T, int> count, CancellationToken cancellationToken, bool keepEmpty = false) where T : class
    {
        var removed = 0;
        await updater.ChangeOrDeleteAsync(key, typeInfo, document =>
        {
            var kept = purge(document);
            removed = count(document) - count(kept); // the change may run again after a conflict: the last run counts
            return kept;
        }, kept => !keepEmpty && count(kept) == 0, cancellationToken);
        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention purge of coalition {TenantId}/{TeamId} (older than {RetentionMonths} months): {CheckIns} check-in answers, {Descriptions} 3 B's descriptions, {LeadershipResults} leadership results, {ReminderDeliveries} reminder delivery records, {Actions} actions, {Forces} members' forces removed")]
    private partial void LogPurged(string tenantId, string teamId, int retentionMonths, int checkIns, int descriptions, int leadershipResults, int reminderDeliveries, int actions, int forces);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention purge of coalition {TenantId}/{TeamId} failed ({Error}); it is tried again at the next purge")]
    private partial void LogCoalitionFailed(string tenantId, string teamId, string error);
}

/// <summary>What one purge removed from one coalition.</summary>
public sealed record PurgeReport(CoalitionId Coalition, int RetentionMonths, int CheckIns, int Descriptions, int LeadershipResults, int ReminderDeliveries, int Actions)
{
    /// <summary>Members whose forces were removed (all they named goes at once: it is one answer).</summary>
    public int Forces { get; init; }

    public int Total => CheckIns + Descriptions + LeadershipResults + ReminderDeliveries + Actions + Forces;
}
