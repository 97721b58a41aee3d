using System.Net;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.Tests.Authentication;

public sealed class EmulatorTokenAuthenticationTests(KeyServerFixture keys) : IClassFixture<KeyServerFixture>
{
    private const string EmulatorServiceUrl = "http://localhost:54321";
    private const string OtherAppId = "0b5ad6a4-1c9e-4c53-8f53-6f0a9d1e2b77";
    private const string BotFrameworkAudience = "https://api.botframework.com";
    private const string V1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private const string V2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    private readonly BotAuthenticator _authenticator = keys.CreateAuthenticator(allowEmulatorTokens: true);

    private static readonly Activity EmulatorActivity = new() { Type = "message", ChannelId = "emulator", ServiceUrl = EmulatorServiceUrl };

    private TestToken EmulatorToken(string issuer, Dictionary<string, object> claims, string? audience = TestToken.AppId) => new()
    {
        Credentials = keys.EmulatorKey.Credentials(),
        Issuer = issuer,
        Audience = audience,
        Claims = claims,
    };

    private Task<BotCallerIdentity> Authenticate(TestToken token) =>
        _authenticator.AuthenticateAsync(EmulatorActivity, token.Header(), IPAddress.Parse("192.168.1.20"), CancellationToken.None);

    private async Task AssertRejected(TestToken token, string reasonFragment)
    {
        var rejection = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Authenticate(token));
        Assert.Contains(reasonFragment, rejection.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Version_1_token_with_our_appid_is_accepted_without_service_url_or_endorsement()
    {
        var identity = await Authenticate(EmulatorToken(V1Issuer, new() { ["ver"] = "1.0", ["appid"] = TestToken.AppId }));

        var caller = Assert.IsType<BotCallerIdentity>(identity);
        Assert.Equal(BotCallerKind.Emulator, caller.Kind);
        Assert.Equal(TestToken.AppId, caller.AppId);
        Assert.Equal(EmulatorServiceUrl, caller.ServiceUrl);
    }

    [Fact]
    public async Task Token_without_version_reads_the_app_id_from_appid() =>
        Assert.IsType<BotCallerIdentity>(await Authenticate(EmulatorToken(V1Issuer, new() { ["appid"] = TestToken.AppId })));

    [Fact]
    public async Task Version_2_token_with_our_azp_is_accepted() =>
        Assert.IsType<BotCallerIdentity>(await Authenticate(EmulatorToken(V2Issuer, new() { ["ver"] = "2.0", ["azp"] = TestToken.AppId })));

    [Fact]
    public async Task Version_2_token_is_judged_by_azp_not_appid() =>
        await AssertRejected(EmulatorToken(V2Issuer, new() { ["ver"] = "2.0", ["appid"] = TestToken.AppId, ["azp"] = OtherAppId }, audience: BotFrameworkAudience), "another app");

    [Fact]
    public async Task Token_for_another_app_is_rejected() =>
        await AssertRejected(EmulatorToken(V1Issuer, new() { ["ver"] = "1.0", ["appid"] = OtherAppId }, audience: BotFrameworkAudience), "another app");

    [Fact]
    public async Task Token_for_the_bot_framework_audience_is_accepted() =>
        Assert.IsType<BotCallerIdentity>(await Authenticate(EmulatorToken(V1Issuer, new() { ["ver"] = "1.0", ["appid"] = TestToken.AppId }, audience: BotFrameworkAudience)));

    [Fact]
    public async Task Token_another_app_made_for_itself_is_rejected_by_its_audience() =>
        await AssertRejected(EmulatorToken(V1Issuer, new() { ["ver"] = "1.0", ["appid"] = OtherAppId }, audience: OtherAppId), "audience");

    [Fact]
    public async Task Without_the_setting_a_valid_emulator_token_is_rejected()
    {
        var rejection = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => keys.CreateAuthenticator().AuthenticateAsync(
            EmulatorActivity, EmulatorToken(V1Issuer, new() { ["ver"] = "1.0", ["appid"] = TestToken.AppId }).Header(), IPAddress.Loopback, CancellationToken.None));

        Assert.Contains("AllowEmulatorTokens", rejection.Message);
    }

    [Fact]
    public async Task Unknown_token_version_is_rejected() =>
        await AssertRejected(EmulatorToken(V1Issuer, new() { ["ver"] = "3.0", ["appid"] = TestToken.AppId, ["azp"] = TestToken.AppId }), "version");

    [Fact]
    public async Task Token_from_the_bots_own_tenant_is_accepted_as_the_sdk_does_for_single_tenant_bots()
    {
        var tenant = Guid.NewGuid().ToString();
        var token = EmulatorToken($"https://login.microsoftonline.com/{tenant}/v2.0", new() { ["ver"] = "2.0", ["azp"] = TestToken.AppId, ["tid"] = tenant });

        Assert.IsType<BotCallerIdentity>(await Authenticate(token));
    }

    [Fact]
    public async Task Tenant_issuer_not_matching_the_tid_claim_is_rejected()
    {
        var token = EmulatorToken($"https://login.microsoftonline.com/{Guid.NewGuid()}/v2.0", new() { ["ver"] = "2.0", ["azp"] = TestToken.AppId, ["tid"] = Guid.NewGuid().ToString() });

        await AssertRejected(token, "untrusted issuer");
    }

    [Fact]
    public async Task Emulator_token_signed_with_a_channel_key_is_rejected() =>
        await AssertRejected(EmulatorToken(V1Issuer, new() { ["ver"] = "1.0", ["appid"] = TestToken.AppId }) with { Credentials = keys.TeamsKey.Credentials() }, "key not found");

    [Fact]
    public async Task Expired_emulator_token_is_rejected() =>
        await AssertRejected(EmulatorToken(V1Issuer, new() { ["ver"] = "1.0", ["appid"] = TestToken.AppId }) with { Expires = DateTime.UtcNow.AddMinutes(-10) }, "expired");
}
