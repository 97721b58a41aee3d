using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Authentication;

/// <summary>One loopback key server per test class, with the keys most tests need already published.</summary>
public sealed class KeyServerFixture : IAsyncLifetime
{
    internal OpenIdKeyServer Server { get; private set; } = null!;
    internal TestSigningKey TeamsKey { get; } = new("channel-teams");
    internal TestSigningKey SkypeOnlyKey { get; } = new("channel-skype-only");
    internal TestSigningKey UnendorsedKey { get; } = new("channel-unendorsed");
    internal TestSigningKey EmulatorKey { get; } = new("emulator-entra");

    public async Task InitializeAsync()
    {
        Server = await OpenIdKeyServer.StartAsync();
        Server.Publish(OpenIdKeyServer.Channel, TeamsKey, "msteams", "webchat", "directline");
        Server.Publish(OpenIdKeyServer.Channel, SkypeOnlyKey, "skype");
        Server.Publish(OpenIdKeyServer.Channel, UnendorsedKey, endorsements: null);
        Server.Publish(OpenIdKeyServer.Emulator, EmulatorKey, endorsements: null);
    }

    internal BotAuthenticator CreateAuthenticator(bool allowEmulatorTokens = false) => CreateAuthenticator(Server, allowEmulatorTokens);

    internal static BotAuthenticator CreateAuthenticator(OpenIdKeyServer server, bool allowEmulatorTokens = false) =>
        CreateAuthenticator(server.ChannelMetadataUrl, server.EmulatorMetadataUrl, allowEmulatorTokens);

    internal static BotAuthenticator CreateAuthenticator(string channelMetadataUrl, string emulatorMetadataUrl, bool allowEmulatorTokens = false, ILogger? logger = null, TimeProvider? time = null) => new(
        new BotFrameworkOptions { MicrosoftAppId = TestToken.AppId, BotOpenIdMetadata = channelMetadataUrl, AllowEmulatorTokens = allowEmulatorTokens },
        new MetadataDocumentRetriever(TestHttpClients.Factory),
        time ?? TimeProvider.System,
        logger ?? NullLogger.Instance,
        emulatorMetadataUrl);

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}
