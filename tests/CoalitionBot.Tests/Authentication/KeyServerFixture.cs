using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoalitionBot.Tests.Authentication;

/// <summary>One loopback key server per test class, with the keys most tests need already published.</summary>
public sealed class KeyServerFixture : IAsyncLifetime
{
    private readonly ServiceProvider _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

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

    internal BotAuthenticator CreateAuthenticator(OpenIdKeyServer? server = null) => CreateAuthenticator(server ?? Server, _services);

    internal static BotAuthenticator CreateAuthenticator(OpenIdKeyServer server, IServiceProvider services) => new(
        new BotFrameworkOptions { MicrosoftAppId = TestToken.AppId, BotOpenIdMetadata = server.ChannelMetadataUrl },
        new MetadataDocumentRetriever(services.GetRequiredService<IHttpClientFactory>()),
        TimeProvider.System,
        NullLogger.Instance,
        server.EmulatorMetadataUrl);

    internal IServiceProvider Services => _services;

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await _services.DisposeAsync();
    }
}
