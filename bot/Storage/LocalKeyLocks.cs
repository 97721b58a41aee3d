using System.Diagnostics;

namespace CoalitionBot.Storage;

/// <summary>
/// Serialises check-and-write per key: within this process by striped semaphores, and across processes
/// sharing the folder by lock files opened with FileShare.None (flock on Unix, a share lock on Windows).
/// Stripes keep the number of lock files fixed; two keys sharing a stripe only wait for each other.
/// </summary>
internal sealed class LocalKeyLocks
{
    private const int StripeCount = 64;
    private static readonly TimeSpan LockFileTimeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim[] _stripes = Enumerable.Range(0, StripeCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly string _lockFolder;

    public LocalKeyLocks(string rootPath) => _lockFolder = Path.Combine(rootPath, ".locks");

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = StripeOf(key);
        await _stripes[stripe].WaitAsync(cancellationToken);
        try
        {
            var lockFile = await OpenLockFileAsync(Path.Combine(_lockFolder, $"{stripe:D2}.lock"), cancellationToken);
            return new Held(lockFile, _stripes[stripe]);
        }
        catch
        {
            _stripes[stripe].Release();
            throw;
        }
    }

    /// <summary>FNV-1a: unlike string.GetHashCode it is the same in every process, so all processes agree on the file.</summary>
    private static int StripeOf(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key) hash = (hash ^ c) * 16777619u;
        return (int)(hash % StripeCount);
    }

    private static async Task<FileStream> OpenLockFileAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var waited = Stopwatch.StartNew();
        var delay = 1;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            // The "in use by another process" error has a different HResult per OS; any plain IOException is
            // retried, and one that is not contention still surfaces when the wait runs out.
            catch (IOException e) when (e.GetType() == typeof(IOException))
            {
                if (waited.Elapsed > LockFileTimeout)
                    throw new StorageUnavailableException($"The local store's lock file '{path}' stayed busy for {LockFileTimeout.TotalSeconds:0} s.", e);
                await Task.Delay(delay, cancellationToken);
                delay = Math.Min(delay * 2, 20);
            }
        }
    }

    private sealed class Held(FileStream lockFile, SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 1) return;
            lockFile.Dispose();
            stripe.Release();
        }
    }
}
