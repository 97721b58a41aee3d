using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace CoalitionBot.Tests.Authentication;

/// <summary>A flood of forged tokens makes a few warning lines, and nothing the caller wrote reaches the log as it was.</summary>
public sealed class RejectionLoggingTests(KeyServerFixture keys) : IClassFixture<KeyServerFixture>
{
    private readonly CapturedLogs logs = new();
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    private BotAuthenticator Authenticator() =>
        KeyServerFixture.CreateAuthenticator(keys.Server.ChannelMetadataUrl, keys.Server.EmulatorMetadataUrl, logger: logs.CreateLogger("auth"), time: clock);

    private static Task Refused(BotAuthenticator authenticator, string? header, string channelId = "msteams") =>
        Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(
            new Activity { Type = "message", ChannelId = channelId, ServiceUrl = TestToken.TeamsServiceUrl }, header, IPAddress.Parse("203.0.113.7"), CancellationToken.None));

    private IReadOnlyList<string> Warnings => logs.Containing("Rejected inbound activity");

    [Fact]
    public async Task A_hundred_refusals_in_a_minute_make_one_warning_and_the_next_minute_counts_the_rest()
    {
        var authenticator = Authenticator();
        for (var i = 0; i < 100; i++) await Refused(authenticator, header: null);
        Assert.Single(Warnings);

        clock.Advance(RejectionLog.Interval);
        await Refused(authenticator, header: null);

        Assert.Equal(2, Warnings.Count);
        Assert.Contains("99 more", Warnings[1]);
    }

    [Fact]
    public async Task Each_reason_gets_its_own_warning()
    {
        var authenticator = Authenticator();
        await Refused(authenticator, header: null);
        await Refused(authenticator, header: "Bearer not-a-token");

        Assert.Equal(2, Warnings.Count);
    }

    [Fact]
    public async Task A_channel_id_with_a_line_of_its_own_is_not_logged()
    {
        await Refused(Authenticator(), header: null, channelId: "msteams\n2026-12-02 ERROR the database is gone");

        Assert.DoesNotContain(logs.Entries, e => e.Contains("database is gone", StringComparison.Ordinal));
        Assert.Contains("(not shown)", Assert.Single(Warnings));
    }

    [Fact]
    public async Task A_forged_key_id_with_a_line_of_its_own_is_not_logged()
    {
        var forged = WithKeyId(TestToken.Channel(keys.TeamsKey).Sign(), "kid\n2026-12-02 ERROR the database is gone");

        await Refused(Authenticator(), "Bearer " + forged);

        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, e => e.Contains("database is gone", StringComparison.Ordinal));
    }

    private static string WithKeyId(string jwt, string keyId)
    {
        var parts = jwt.Split('.');
        var header = JsonNode.Parse(Base64UrlEncoder.Decode(parts[0]))!.AsObject();
        header["kid"] = keyId;
        parts[0] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header.ToJsonString()));
        return string.Join('.', parts);
    }
}
