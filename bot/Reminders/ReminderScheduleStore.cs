using System.Globalization;
using CoalitionBot.Coalitions;
using CoalitionBot.Storage;

namespace CoalitionBot.Reminders;

/// <summary>
/// The schedules, one document each under "reminders/schedules/&lt;tenant&gt;/&lt;team&gt;/&lt;number&gt;", so the
/// scheduler finds every coalition's schedules with one listing. Changed with ETag concurrency.
/// </summary>
public sealed class ReminderScheduleStore(IDocumentStore store, DocumentUpdater updater)
{
    private const string Root = "reminders/schedules/";
    private const int MaxNumberAttempts = 20;

    /// <summary>Saves a new schedule under the next free number (create-if-not-exists, so two admins never share one).</summary>
    public async Task<ReminderSchedule> CreateAsync(CoalitionId coalition, Func<int, ReminderSchedule> build, CancellationToken cancellationToken)
    {
        var numbers = await NumbersAsync(coalition, cancellationToken);
        var number = numbers.Count == 0 ? 1 : numbers.Max() + 1;
        for (var attempt = 1; ; attempt++, number++)
        {
            var schedule = build(number);
            try
            {
                await store.WriteJsonAsync(KeyOf(coalition, number), schedule, ReminderJsonContext.Default.ReminderSchedule, WriteCondition.IfNotExists, cancellationToken);
                return schedule;
            }
            catch (ConcurrencyConflictException) when (attempt < MaxNumberAttempts)
            {
                // Another admin took this number a moment ago: try the next.
            }
        }
    }

    public async Task<ReminderSchedule?> GetAsync(CoalitionId coalition, int number, CancellationToken cancellationToken) =>
        (await store.ReadJsonAsync(KeyOf(coalition, number), ReminderJsonContext.Default.ReminderSchedule, cancellationToken))?.Value;

    /// <summary>The coalition's schedules by number.</summary>
    public async Task<IReadOnlyList<ReminderSchedule>> ListAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        await ReadAllAsync(FolderOf(coalition) + "/", cancellationToken);

    /// <summary>Every coalition's schedules (the scheduler's round).</summary>
    public Task<IReadOnlyList<ReminderSchedule>> ListAllAsync(CancellationToken cancellationToken) => ReadAllAsync(Root, cancellationToken);

    /// <summary>Changes an existing schedule; null when there is none with that number.</summary>
    public async Task<ReminderSchedule?> ChangeAsync(CoalitionId coalition, int number, Func<ReminderSchedule, ReminderSchedule> change, CancellationToken cancellationToken)
    {
        ReminderSchedule? saved = null;
        await updater.ChangeExistingAsync(KeyOf(coalition, number), ReminderJsonContext.Default.ReminderSchedule, current => saved = change(current), cancellationToken);
        return saved;
    }

    public Task<bool> DeleteAsync(CoalitionId coalition, int number, CancellationToken cancellationToken) =>
        store.DeleteAsync(KeyOf(coalition, number), null, cancellationToken);

    private Task<IReadOnlyList<ReminderSchedule>> ReadAllAsync(string prefix, CancellationToken cancellationToken) =>
        store.ReadAllJsonAsync(prefix, ReminderJsonContext.Default.ReminderSchedule, cancellationToken);

    private async Task<IReadOnlyList<int>> NumbersAsync(CoalitionId coalition, CancellationToken cancellationToken) =>
        [.. (await store.ChildNamesAsync(FolderOf(coalition), cancellationToken)).Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture))];

    private static string FolderOf(CoalitionId coalition) => StorageKey.Of("reminders", "schedules", coalition.TenantId, coalition.TeamId);

    /// <summary>Zero-padded, so the listing is in number order.</summary>
    private static string KeyOf(CoalitionId coalition, int number) => FolderOf(coalition) + "/" + number.ToString("D4", CultureInfo.InvariantCulture);
}
