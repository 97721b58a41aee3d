using CoalitionBot.BotFramework.Authentication;

namespace CoalitionBot.Tests.Authentication;

public sealed class CachedTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Start);
    private int _acquisitions;

    private Task<ConnectorAccessToken> AcquireOneHourToken(CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _acquisitions);
        return Task.FromResult(new ConnectorAccessToken($"token-{number}", _clock.GetUtcNow().AddHours(1)));
    }

    [Fact]
    public async Task Token_is_reused_until_five_minutes_before_it_expires_then_acquired_again()
    {
        var provider = new CachedTokenProvider(AcquireOneHourToken, _clock);

        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(54) + TimeSpan.FromSeconds(59));
        Assert.Equal("token-1", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(1, _acquisitions);

        _clock.Advance(TimeSpan.FromSeconds(1)); // exactly five minutes left
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("token-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(2, _acquisitions);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_acquisition()
    {
        var release = new TaskCompletionSource<ConnectorAccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var provider = new CachedTokenProvider(_ =>
        {
            Interlocked.Increment(ref _acquisitions);
            return release.Task;
        }, _clock);

        var callers = Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToArray();
        release.SetResult(new ConnectorAccessToken("shared", Start.AddHours(1)));

        Assert.All(await Task.WhenAll(callers), token => Assert.Equal("shared", token));
        Assert.Equal(1, _acquisitions);
    }

    [Fact]
    public async Task Failed_acquisition_is_not_cached()
    {
        var provider = new CachedTokenProvider(cancellationToken =>
            Interlocked.Increment(ref _acquisitions) == 1
                ? Task.FromException<ConnectorAccessToken>(new HttpRequestException("token endpoint unreachable"))
                : Task.FromResult(new ConnectorAccessToken("recovered", Start.AddHours(1))), _clock);

        await Assert.ThrowsAsync<HttpRequestException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());
        Assert.Equal("recovered", await provider.GetTokenAsync(CancellationToken.None));
    }
}
