using System.Net;
using CoalitionBot.BotFramework.Authentication;

namespace CoalitionBot.Tests.Authentication;

public sealed class ConnectorAuthenticationHandlerTests
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";
    private readonly RecordingHandler _connector = new();
    private readonly TrustedServiceUrls _trusted = new();

    private HttpClient ClientWith(string? token) =>
        new(new ConnectorAuthenticationHandler(TokenProvider.Giving(token), _trusted) { InnerHandler = _connector });

    [Fact]
    public async Task Token_is_attached_for_a_trusted_service_url()
    {
        _trusted.Trust(TeamsServiceUrl);

        using var response = await ClientWith("connector-token").PostAsync($"{TeamsServiceUrl}v3/conversations/a%3A1/activities", new StringContent("{}"));

        var sent = Assert.Single(_connector.Requests);
        Assert.Equal("Bearer", sent.Headers.Authorization?.Scheme);
        Assert.Equal("connector-token", sent.Headers.Authorization?.Parameter);
    }

    [Fact]
    public async Task Untrusted_service_url_is_refused_and_nothing_is_sent()
    {
        _trusted.Trust(TeamsServiceUrl);

        var refusal = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            ClientWith("connector-token").PostAsync("https://evil.example.com/amer/v3/conversations/a%3A1/activities", new StringContent("{}")));

        Assert.Equal("evil.example.com", refusal.RequestUri?.Host);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Without_app_id_requests_go_out_without_authorization()
    {
        using var response = await ClientWith(token: null).PostAsync("http://localhost:54321/v3/conversations/a%3A1/activities", new StringContent("{}"));

        var sent = Assert.Single(_connector.Requests);
        Assert.Null(sent.Headers.Authorization);
    }

    /// <summary>Stands in for the channel: records what would have gone over the wire.</summary>
    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
