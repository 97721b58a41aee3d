using System.Net;
using System.Security.Cryptography;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Schema;
using Microsoft.IdentityModel.Tokens;

namespace CoalitionBot.Tests.Authentication;

public sealed class ChannelTokenAuthenticationTests(KeyServerFixture keys) : IClassFixture<KeyServerFixture>
{
    private static readonly IPAddress RemoteChannel = IPAddress.Parse("52.112.0.10");
    private readonly BotAuthenticator _authenticator = keys.CreateAuthenticator();

    private static Activity TeamsActivity(string? serviceUrl = TestToken.TeamsServiceUrl, string? channelId = "msteams") =>
        new() { Type = "message", ChannelId = channelId, ServiceUrl = serviceUrl };

    private Task<BotCallerIdentity> Authenticate(string? header, Activity? activity = null) =>
        _authenticator.AuthenticateAsync(activity ?? TeamsActivity(), header, RemoteChannel, CancellationToken.None);

    private async Task AssertRejected(string? header, string reasonFragment, Activity? activity = null)
    {
        var rejection = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Authenticate(header, activity));
        Assert.Contains(reasonFragment, rejection.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Valid_channel_token_is_accepted_with_its_app_id_and_service_url()
    {
        var identity = await Authenticate(TestToken.Channel(keys.TeamsKey).Header());

        var caller = Assert.IsType<BotCallerIdentity>(identity);
        Assert.True(caller.IsAuthenticated);
        Assert.Equal(BotCallerKind.Channel, caller.Kind);
        Assert.Equal(TestToken.AppId, caller.AppId);
        Assert.Equal(TestToken.TeamsServiceUrl, caller.ServiceUrl);
        Assert.Equal(TestToken.AppId, caller.FindFirst("aud")?.Value);
        Assert.Equal(TestToken.TeamsServiceUrl, caller.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task Rsa_pkcs1_algorithms_are_accepted(string algorithm)
    {
        var token = TestToken.Channel(keys.TeamsKey) with { Credentials = keys.TeamsKey.Credentials(algorithm) };

        Assert.IsType<BotCallerIdentity>(await Authenticate(token.Header()));
    }

    [Fact]
    public async Task Token_for_another_app_is_rejected() =>
        await AssertRejected((TestToken.Channel(keys.TeamsKey) with { Audience = "00000000-0000-0000-0000-000000000001" }).Header(), "audience");

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    public async Task Token_from_another_issuer_is_rejected(string issuer) =>
        await AssertRejected((TestToken.Channel(keys.TeamsKey) with { Issuer = issuer }).Header(), "issuer");

    [Fact]
    public async Task Token_expired_beyond_the_five_minute_skew_is_rejected() =>
        await AssertRejected((TestToken.Channel(keys.TeamsKey) with { Expires = DateTime.UtcNow.AddMinutes(-6) }).Header(), "expired");

    [Fact]
    public async Task Token_expired_within_the_five_minute_skew_is_accepted()
    {
        var token = TestToken.Channel(keys.TeamsKey) with { Expires = DateTime.UtcNow.AddMinutes(-4) };

        Assert.IsType<BotCallerIdentity>(await Authenticate(token.Header()));
    }

    [Fact]
    public async Task Token_signed_by_a_key_missing_from_the_key_set_is_rejected() =>
        await AssertRejected(TestToken.Channel(new TestSigningKey("attacker-key")).Header(), "key not found");

    [Fact]
    public async Task Token_signed_by_another_key_under_a_published_key_id_is_rejected() =>
        await AssertRejected(TestToken.Channel(new TestSigningKey(keys.TeamsKey.KeyId)).Header(), "signature");

    [Fact]
    public async Task Token_altered_after_signing_is_rejected()
    {
        var forged = TestToken.Tamper(TestToken.Channel(keys.TeamsKey).Sign(), "serviceurl", "https://evil.example.com/");

        await AssertRejected($"Bearer {forged}", "signature", TeamsActivity(serviceUrl: "https://evil.example.com/"));
    }

    [Fact]
    public async Task Hs256_token_is_rejected_even_under_a_published_key_id()
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = keys.TeamsKey.KeyId };
        var token = TestToken.Channel(keys.TeamsKey) with { Credentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256) };

        await AssertRejected(token.Header(), "algorithm");
    }

    [Fact]
    public async Task Rsa_pss_token_is_rejected_because_only_rs256_rs384_rs512_are_allowed()
    {
        var token = TestToken.Channel(keys.TeamsKey) with { Credentials = keys.TeamsKey.Credentials(SecurityAlgorithms.RsaSsaPssSha256) };

        await AssertRejected(token.Header(), "algorithm");
    }

    [Fact]
    public async Task Token_whose_key_does_not_endorse_the_activity_channel_is_rejected() =>
        await AssertRejected(TestToken.Channel(keys.SkypeOnlyKey).Header(), "not endorsed");

    [Fact]
    public async Task Token_whose_key_has_no_endorsements_is_rejected() =>
        await AssertRejected(TestToken.Channel(keys.UnendorsedKey).Header(), "no endorsements");

    [Fact]
    public async Task Activity_without_channel_id_is_rejected() =>
        await AssertRejected(TestToken.Channel(keys.TeamsKey).Header(), "not endorsed", TeamsActivity(channelId: null));

    [Fact]
    public async Task Activity_service_url_differing_from_the_token_is_rejected() =>
        await AssertRejected(TestToken.Channel(keys.TeamsKey).Header(), "mismatch", TeamsActivity(serviceUrl: "https://evil.example.com/amer/"));

    [Fact]
    public async Task Service_url_comparison_ignores_case()
    {
        var identity = await Authenticate(TestToken.Channel(keys.TeamsKey).Header(), TeamsActivity(serviceUrl: TestToken.TeamsServiceUrl.ToUpperInvariant()));

        Assert.IsType<BotCallerIdentity>(identity);
    }

    [Fact]
    public async Task Token_without_serviceurl_claim_is_rejected() =>
        await AssertRejected((TestToken.Channel(keys.TeamsKey) with { Claims = [] }).Header(), "missing serviceurl");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    public async Task Request_without_bearer_token_is_rejected(string? header) =>
        await AssertRejected(header, "missing bearer token");

    [Theory]
    [InlineData("Basic")]
    [InlineData("Token")]
    [InlineData("Bearer extra")]
    public async Task Header_with_another_scheme_or_shape_is_rejected(string prefix) =>
        await AssertRejected($"{prefix} {TestToken.Channel(keys.TeamsKey).Sign()}", "missing bearer token");

    [Fact]
    public async Task Malformed_token_is_rejected() =>
        await AssertRejected("Bearer not-a-jwt", "malformed");

    [Fact]
    public async Task Skill_token_from_another_bot_is_rejected()
    {
        var token = new TestToken
        {
            Credentials = keys.EmulatorKey.Credentials(),
            Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            Audience = TestToken.AppId,
            Claims = new() { ["ver"] = "1.0", ["appid"] = "11111111-2222-3333-4444-555555555555" },
        };

        await AssertRejected(token.Header(), "skill");
    }
}
