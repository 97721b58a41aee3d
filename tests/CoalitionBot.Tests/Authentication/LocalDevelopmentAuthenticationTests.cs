using System.Net;
using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Authentication;

/// <summary>Without a MicrosoftAppId nothing can be verified, so only this machine may call.</summary>
public sealed class LocalDevelopmentAuthenticationTests
{
    private static readonly Activity Activity = new() { Type = "message", ChannelId = "emulator", ServiceUrl = "http://localhost:54321" };

    private static BotAuthenticator CreateAuthenticator(string? appId = null) => new(
        new BotFrameworkOptions { MicrosoftAppId = appId },
        new MetadataDocumentRetriever(TestHttpClients.Factory),
        TimeProvider.System,
        NullLogger.Instance,
        "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task Loopback_caller_without_token_is_accepted_anonymously(string remote)
    {
        var identity = await CreateAuthenticator().AuthenticateAsync(Activity, null, IPAddress.Parse(remote), CancellationToken.None);

        var caller = Assert.IsType<BotCallerIdentity>(identity);
        Assert.Equal(BotCallerKind.LocalAnonymous, caller.Kind);
        Assert.True(caller.IsAuthenticated);
        Assert.Null(caller.AppId);
        Assert.Equal(Activity.ServiceUrl, caller.ServiceUrl);
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("::ffff:10.0.0.5")]
    [InlineData("192.168.1.20")]
    [InlineData("fe80::1")]
    public async Task Remote_caller_is_rejected(string remote) =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            CreateAuthenticator().AuthenticateAsync(Activity, null, IPAddress.Parse(remote), CancellationToken.None));

    [Fact]
    public async Task Caller_with_unknown_address_is_rejected() =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            CreateAuthenticator().AuthenticateAsync(Activity, null, null, CancellationToken.None));

    [Fact]
    public async Task Token_cannot_be_checked_without_an_app_id_so_it_is_rejected() =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            CreateAuthenticator().AuthenticateAsync(Activity, "Bearer abc.def.ghi", IPAddress.Loopback, CancellationToken.None));

    [Fact]
    public async Task With_an_app_id_a_loopback_caller_still_needs_a_token() =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            CreateAuthenticator(TestToken.AppId).AuthenticateAsync(Activity, null, IPAddress.Loopback, CancellationToken.None));
}
