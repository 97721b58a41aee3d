using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.Reminders;

/// <summary>
/// What happened to each occurrence: a claim-then-outcome record per recipient under
/// "reminders/deliveries/&lt;tenant&gt;/&lt;team&gt;/&lt;number&gt;/&lt;occurrence&gt;/&lt;phase&gt;/&lt;recipient&gt;", and one
/// record per finished or skipped occurrence under "reminders/occurrences/..." (small, so the report lists them cheaply).
/// </summary>
public sealed class DeliveryLog(IDocumentStore store)
{
    /// <summary>
    /// Claims the recipient for this job; false (with what is recorded) when anyone else claimed it before, ever.
    /// A conflict with a claim (no outcome yet) carrying our own <see cref="DeliveryRecord.ClaimId"/> is our own:
    /// a create the storage client retried after a slow answer, or one of a run that storage broke off.
    /// </summary>
    public async Task<(bool Claimed, DeliveryRecord? Existing)> TryClaimAsync(ReminderJob job, DeliveryRecord claim, CancellationToken cancellationToken)
    {
        var key = RecipientKey(job, claim.Recipient);
        try
        {
            await store.WriteJsonAsync(key, claim, ReminderJsonContext.Default.DeliveryRecord, WriteCondition.IfNotExists, cancellationToken);
            return (true, null);
        }
        catch (ConcurrencyConflictException)
        {
            var existing = (await store.ReadJsonAsync(key, ReminderJsonContext.Default.DeliveryRecord, cancellationToken))?.Value;
            var ours = existing is { Status: DeliveryStatus.Claimed } && claim.ClaimId is not null && existing.ClaimId == claim.ClaimId;
            return ours ? (true, null) : (false, existing);
        }
    }

    /// <summary>Records the outcome over our own claim.</summary>
    public Task RecordAsync(ReminderJob job, DeliveryRecord outcome, CancellationToken cancellationToken) =>
        store.WriteJsonAsync(RecipientKey(job, outcome.Recipient), outcome, ReminderJsonContext.Default.DeliveryRecord, WriteCondition.Always, cancellationToken);

    /// <summary>Every recipient record of the job.</summary>
    public Task<IReadOnlyList<DeliveryRecord>> RecipientsAsync(ReminderJob job, CancellationToken cancellationToken) =>
        store.ReadAllJsonAsync(JobFolder(job) + "/", ReminderJsonContext.Default.DeliveryRecord, cancellationToken);

    public async Task<OccurrenceRecord?> OccurrenceAsync(ReminderJob job, CancellationToken cancellationToken) =>
        (await store.ReadJsonAsync(OccurrenceKey(job), ReminderJsonContext.Default.OccurrenceRecord, cancellationToken))?.Value;

    public Task RecordOccurrenceAsync(ReminderJob job, OccurrenceRecord record, CancellationToken cancellationToken) =>
        store.WriteJsonAsync(OccurrenceKey(job), record, ReminderJsonContext.Default.OccurrenceRecord, WriteCondition.Always, cancellationToken);

    /// <summary>The recorded occurrences of a schedule, oldest first.</summary>
    public Task<IReadOnlyList<OccurrenceRecord>> OccurrencesAsync(CoalitionId coalition, int number, CancellationToken cancellationToken) =>
        store.ReadAllJsonAsync(OccurrenceFolder(coalition, number) + "/", ReminderJsonContext.Default.OccurrenceRecord, cancellationToken);

    /// <summary>Every delivery record of one person in the coalition, over all schedules and occurrences ("my data").</summary>
    public async Task<IReadOnlyList<PersonalDelivery>> DeliveriesOfAsync(CoalitionId coalition, string recipient, CancellationToken cancellationToken)
    {
        var deliveries = new List<PersonalDelivery>();
        foreach (var key in await KeysOfAsync(coalition, recipient, cancellationToken))
        {
            // .../<number>/<occurrence>/<phase>/<recipient>
            var segments = key.Split('/');
            if (await store.ReadJsonAsync(key, ReminderJsonContext.Default.DeliveryRecord, cancellationToken) is { } document)
                deliveries.Add(new PersonalDelivery(int.Parse(segments[^4], System.Globalization.CultureInfo.InvariantCulture),
                    StorageKey.Unescape(segments[^3]), StorageKey.Unescape(segments[^2]), document.Value));
        }
        return deliveries;
    }

    /// <summary>Deletes every delivery record of one person in the coalition ("delete my data"); returns how many.</summary>
    public async Task<int> ForgetRecipientAsync(CoalitionId coalition, string recipient, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var key in await KeysOfAsync(coalition, recipient, cancellationToken))
            if (await store.DeleteAsync(key, null, cancellationToken)) deleted++;
        return deleted;
    }

    /// <summary>
    /// Deletes the records of occurrences before <paramref name="cutoff"/> (the coalition's retention): the delivery
    /// records, which name people, and the occurrence records. Returns how many delivery records went. The
    /// occurrence is read from each key, so nothing is downloaded.
    /// </summary>
    public async Task<int> PurgeBeforeAsync(CoalitionId coalition, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        // .../<number>/<occurrence>/<phase>/<recipient>
        foreach (var key in await KeysAsync(CoalitionFolder(coalition) + "/", key => OccurredBefore(key.Split('/')[^3], cutoff), cancellationToken))
            if (await store.DeleteAsync(key, null, cancellationToken)) deleted++;
        // .../<number>/<occurrence>-<phase>
        foreach (var key in await KeysAsync(StorageKey.Of("reminders", "occurrences", coalition.TenantId, coalition.TeamId) + "/", key => OccurredBefore(key.Split('/')[^1].Split('-')[0], cutoff), cancellationToken))
            await store.DeleteAsync(key, null, cancellationToken);
        return deleted;
    }

    private static bool OccurredBefore(string occurrenceId, DateTimeOffset cutoff) =>
        DateTimeOffset.TryParseExact(StorageKey.Unescape(occurrenceId), ReminderJob.OccurrenceIdFormat, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var occurrence) && occurrence < cutoff;

    private async Task<IReadOnlyList<string>> KeysAsync(string prefix, Func<string, bool> keep, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var key in store.ListKeysAsync(prefix, cancellationToken))
            if (keep(key)) keys.Add(key);
        return keys;
    }

    /// <summary>A listing of the coalition's deliveries, kept to the person's: the recipient is the last segment of each key.</summary>
    private Task<IReadOnlyList<string>> KeysOfAsync(CoalitionId coalition, string recipient, CancellationToken cancellationToken)
    {
        var ending = "/" + StorageKey.Escape(recipient);
        return KeysAsync(CoalitionFolder(coalition) + "/", key => key.EndsWith(ending, StringComparison.Ordinal), cancellationToken);
    }

    private static string Number(int number) => number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static string CoalitionFolder(CoalitionId coalition) => StorageKey.Of("reminders", "deliveries", coalition.TenantId, coalition.TeamId);

    private static string JobFolder(ReminderJob job) =>
        CoalitionFolder(job.Schedule.Coalition) + "/" + StorageKey.Of(Number(job.Schedule.Number), job.OccurrenceId, job.PhaseId);

    private static string RecipientKey(ReminderJob job, string recipient) => JobFolder(job) + "/" + StorageKey.Escape(recipient);

    private static string OccurrenceFolder(CoalitionId coalition, int number) =>
        StorageKey.Of("reminders", "occurrences", coalition.TenantId, coalition.TeamId, Number(number));

    private static string OccurrenceKey(ReminderJob job) =>
        OccurrenceFolder(job.Schedule.Coalition, job.Schedule.Number) + "/" + StorageKey.Escape($"{job.OccurrenceId}-{job.PhaseId}");
}

/// <summary>One reminder delivery to a person: which schedule, occurrence and phase, and what happened.</summary>
public sealed record PersonalDelivery(int ScheduleNumber, string Occurrence, string Phase, DeliveryRecord Record);
