using CoalitionBot.BotFramework.Authentication;

namespace CoalitionBot.Tests.Authentication;

public sealed class MetadataDocumentRetrieverTests
{
    private static MetadataDocumentRetriever CreateRetriever() =>
        new(TestHttpClients.Factory);

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("http://10.0.0.5/keys")]
    [InlineData("ftp://127.0.0.1/keys")]
    [InlineData("not a url")]
    public async Task Plain_http_away_from_loopback_is_refused_before_any_request(string address) =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => CreateRetriever().GetDocumentAsync(address, CancellationToken.None));

    [Fact]
    public async Task Plain_http_on_loopback_is_allowed()
    {
        await using var server = await OpenIdKeyServer.StartAsync();

        var document = await CreateRetriever().GetDocumentAsync(server.ChannelMetadataUrl, CancellationToken.None);

        Assert.Contains("jwks_uri", document);
    }
}
