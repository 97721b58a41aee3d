using CoalitionBot.Storage;
using Microsoft.Extensions.Options;

namespace CoalitionBot.Reminders;

/// <summary>
/// Which instance of the bot runs the scheduler: the one holding the lease on the blob "reminders/leader".
/// The holder renews it every third of <see cref="ReminderOptions.LeaseDuration"/>; when it dies, the lease
/// lapses and another instance takes it. Leadership counts only until two thirds of the lease are gone, so an
/// instance stops fanning out before another can have taken over.
/// </summary>
public sealed partial class LeaderLease(IDocumentStore store, IOptions<ReminderOptions> options, TimeProvider time, ILogger<LeaderLease> logger)
{
    public const string Key = "reminders/leader";

    private readonly string leaseId = Guid.NewGuid().ToString();
    private long leaderUntilTicks;

    public TimeSpan RenewInterval => options.Value.LeaseDuration / 3;

    public bool IsLeader => time.GetUtcNow().UtcTicks < Interlocked.Read(ref leaderUntilTicks);

    /// <summary>Takes or renews the lease; a storage failure counts as not leading (the next try may do better).</summary>
    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        var asked = time.GetUtcNow();
        var wasLeader = IsLeader;
        bool held;
        try
        {
            held = await store.TryAcquireLeaseAsync(Key, leaseId, options.Value.LeaseDuration, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            LogLeaseUnavailable(e);
            held = false;
        }
        Interlocked.Exchange(ref leaderUntilTicks, held ? (asked + 2 * RenewInterval).UtcTicks : 0);
        if (held != wasLeader) LogLeadership(held);
        return held;
    }

    /// <summary>Lets another instance lead at once (a graceful stop).</summary>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref leaderUntilTicks, 0);
        try { await store.ReleaseLeaseAsync(Key, leaseId, cancellationToken); }
        catch (StorageUnavailableException e) { LogLeaseUnavailable(e); } // it lapses on its own
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder scheduler leadership: {Leading}")]
    private partial void LogLeadership(bool leading);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder scheduler's lease could not be reached")]
    private partial void LogLeaseUnavailable(Exception exception);
}
