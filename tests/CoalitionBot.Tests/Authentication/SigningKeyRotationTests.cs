using System.Linq.Expressions;
using System.Net;
using System.Text.Json;
using CoalitionBot.BotFramework.Authentication;
using CoalitionBot.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Protocols;
using Moq;

namespace CoalitionBot.Tests.Authentication;

public sealed class SigningKeyRotationTests
{
    private static readonly Activity TeamsActivity = new() { Type = "message", ChannelId = "msteams", ServiceUrl = TestToken.TeamsServiceUrl };

    [Fact]
    public async Task Key_published_after_first_use_is_accepted_on_its_first_token()
    {
        await using var server = await OpenIdKeyServer.StartAsync();
        var original = new TestSigningKey("rotation-old");
        server.Publish(OpenIdKeyServer.Channel, original, "msteams");
        var authenticator = KeyServerFixture.CreateAuthenticator(server);

        await authenticator.AuthenticateAsync(TeamsActivity, TestToken.Channel(original).Header(), IPAddress.Loopback, CancellationToken.None);
        Assert.Equal(1, server.KeySetRequests(OpenIdKeyServer.Channel));

        var rotated = new TestSigningKey("rotation-new");
        server.Publish(OpenIdKeyServer.Channel, rotated, "msteams");
        var identity = await authenticator.AuthenticateAsync(TeamsActivity, TestToken.Channel(rotated).Header(), IPAddress.Loopback, CancellationToken.None);

        Assert.IsType<BotCallerIdentity>(identity);
        Assert.True(server.KeySetRequests(OpenIdKeyServer.Channel) >= 2);
    }

    [Fact]
    public async Task Unknown_key_ids_refetch_the_keys_at_most_once_per_five_minutes()
    {
        var documents = MetadataWithoutKeys();
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        var keys = new OpenIdSigningKeys(MetadataAddress, documents.Object, clock, NullLogger.Instance);

        Assert.Null(await keys.FindAsync("forged-1", CancellationToken.None));
        // initial load (2 documents), the forced fetch (2) and the manager's background catch-up (2)
        await WaitForFetchesAsync(documents, 6);

        for (var attempt = 0; attempt < 10; attempt++)
            Assert.Null(await keys.FindAsync($"forged-again-{attempt}", CancellationToken.None));
        documents.Verify(Fetch, Times.Exactly(6));

        clock.Advance(OpenIdSigningKeys.MinimumForcedRefreshInterval);
        Assert.Null(await keys.FindAsync("forged-later", CancellationToken.None));
        documents.Verify(Fetch, Times.AtLeast(8));
    }

    [Fact]
    public async Task Unreachable_metadata_is_a_server_fault_not_a_rejected_caller()
    {
        string channelMetadataUrl, emulatorMetadataUrl;
        await using (var stopped = await OpenIdKeyServer.StartAsync())
            (channelMetadataUrl, emulatorMetadataUrl) = (stopped.ChannelMetadataUrl, stopped.EmulatorMetadataUrl);
        var authenticator = KeyServerFixture.CreateAuthenticator(channelMetadataUrl, emulatorMetadataUrl);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            authenticator.AuthenticateAsync(TeamsActivity, TestToken.Channel(new TestSigningKey("any")).Header(), IPAddress.Loopback, CancellationToken.None));
    }

    private const string MetadataAddress = "https://keys.test/.well-known/openidconfiguration";
    private const string KeysAddress = "https://keys.test/keys";

    /// <summary>Any fetch of a document, the manager's own or a forced one.</summary>
    private static readonly Expression<Func<IDocumentRetriever, Task<string>>> Fetch =
        d => d.GetDocumentAsync(It.IsAny<string>(), It.IsAny<CancellationToken>());

    /// <summary>Metadata and an empty key set; the mock counts every fetch.</summary>
    private static Mock<IDocumentRetriever> MetadataWithoutKeys()
    {
        var documents = new Mock<IDocumentRetriever>();
        documents.Setup(Fetch).ReturnsAsync("""{"keys":[]}""");
        documents.Setup(d => d.GetDocumentAsync(MetadataAddress, It.IsAny<CancellationToken>()))
            .ReturnsAsync(JsonSerializer.Serialize(new { issuer = "https://api.botframework.com", jwks_uri = KeysAddress }));
        return documents;
    }

    private static async Task WaitForFetchesAsync(Mock<IDocumentRetriever> documents, int expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (documents.Invocations.Count < expected) await Task.Delay(20, timeout.Token);
    }
}
