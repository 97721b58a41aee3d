namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Reuses a token until <see cref="RefreshBeforeExpiry"/> before it expires, so a request never leaves with a token
/// that could lapse in flight; one caller at a time acquires a new one. MSAL caches too, but this rule is ours to test.
/// </summary>
internal sealed class CachedTokenProvider(Func<CancellationToken, Task<ConnectorAccessToken>> acquire, TimeProvider timeProvider) : IConnectorTokenProvider
{
    internal static readonly TimeSpan RefreshBeforeExpiry = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _acquireGate = new(1, 1);
    private ConnectorAccessToken? _cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (StillFresh(Volatile.Read(ref _cached)) is { } cached) return cached;

        await _acquireGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (StillFresh(_cached) is { } acquiredMeanwhile) return acquiredMeanwhile;
            var fresh = await acquire(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _cached, fresh);
            return fresh.Value;
        }
        finally
        {
            _acquireGate.Release();
        }
    }

    private string? StillFresh(ConnectorAccessToken? token) =>
        token is not null && timeProvider.GetUtcNow() < token.ExpiresOn - RefreshBeforeExpiry ? token.Value : null;
}
