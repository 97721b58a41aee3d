using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.Tests.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoalitionBot.Tests.Operations;

/// <summary>The signing keys' part of /healthz, against a loopback key server and a clock the test moves.</summary>
public sealed class SigningKeysHealthTests
{
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private async Task<HealthCheckResult> CheckAsync(BotAuthenticator authenticator) =>
        await new SigningKeysHealthCheck(authenticator, clock).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Keys_fetched_within_a_day_are_healthy_and_older_ones_degraded()
    {
        await using var server = await OpenIdKeyServer.StartAsync();
        server.Publish(OpenIdKeyServer.Channel, new TestSigningKey("health"), "msteams");
        var authenticator = KeyServerFixture.CreateAuthenticator(server.ChannelMetadataUrl, server.EmulatorMetadataUrl, time: clock);

        var fresh = await CheckAsync(authenticator);
        clock.Advance(TimeSpan.FromHours(23));
        var aDayOld = await CheckAsync(authenticator);
        clock.Advance(TimeSpan.FromHours(2)); // no newer keys came in the meantime: every refresh failed
        var old = await CheckAsync(authenticator);

        Assert.Equal((HealthStatus.Healthy, "The signing keys were fetched 0 hours ago."), (fresh.Status, fresh.Description));
        Assert.Equal((HealthStatus.Healthy, "The signing keys were fetched 23 hours ago."), (aDayOld.Status, aDayOld.Description));
        Assert.Equal(HealthStatus.Degraded, old.Status);
        Assert.StartsWith("The signing keys were fetched 25 hours ago and fetching them again fails", old.Description);
    }

    [Fact]
    public async Task Keys_that_were_never_fetched_are_unhealthy()
    {
        string channelMetadataUrl, emulatorMetadataUrl;
        await using (var stopped = await OpenIdKeyServer.StartAsync())
            (channelMetadataUrl, emulatorMetadataUrl) = (stopped.ChannelMetadataUrl, stopped.EmulatorMetadataUrl);

        var result = await CheckAsync(KeyServerFixture.CreateAuthenticator(channelMetadataUrl, emulatorMetadataUrl, time: clock));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The keys that sign the channel's tokens could not be fetched: every activity is refused.", result.Description);
        Assert.DoesNotContain("127.0.0.1", result.Description);
    }
}
