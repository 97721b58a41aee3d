using CoalitionBot.Tests.Authentication;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Operations;

/// <summary>
/// The published bot started as App Service starts it: ASPNETCORE_URLS on 127.0.0.1, Production, a user-assigned managed
/// identity, storage by AccountUrl (Azurite over HTTPS, taking Entra ID tokens) with the identity endpoint on loopback,
/// and the channel's signing keys from a loopback key server. Started once for the tests of a class.
/// </summary>
public sealed class ProductionBotFixture : IAsyncLifetime
{
    public const string AppId = "3f8b2a6c-1d4e-4c7a-9b5f-0e2d7c6a1b34", TenantId = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";

    private readonly LoopbackCertificate certificate = new();
    private AzuriteServer azurite = null!;
    private OpenIdKeyServer keys = null!;

    public FakeManagedIdentity Identity { get; private set; } = null!;

    public BotProcess Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var folder = await PublishedBot.FolderAsync();
        azurite = await AzuriteServer.StartAsync(extraArguments: ["--cert", certificate.CertificatePath, "--key", certificate.KeyPath, "--oauth", "basic"]);
        Identity = await FakeManagedIdentity.StartAsync(TenantId);
        keys = await OpenIdKeyServer.StartAsync();
        keys.Publish(OpenIdKeyServer.Channel, new TestSigningKey("production"), "msteams");

        var settings = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppTenantId"] = TenantId,
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["BotOpenIdMetadata"] = keys.ChannelMetadataUrl,
            ["Storage:AccountUrl"] = $"https://127.0.0.1:{azurite.Port}/devstoreaccount1",
            ["Storage:ContainerName"] = "coalitionbot",
        };
        foreach (var (name, value) in Identity.Environment.Concat(certificate.TrustEnvironment)) settings[name] = value;
        Bot = await BotProcess.StartAsync(settings, folder: folder, environment: "Production");
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await keys.DisposeAsync();
        await Identity.DisposeAsync();
        await azurite.DisposeAsync();
        certificate.Dispose();
    }
}
