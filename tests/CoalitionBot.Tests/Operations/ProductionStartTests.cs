using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Operations;

/// <summary>The published bot, started as App Service starts it (<see cref="ProductionBotFixture"/>), on this machine.</summary>
public sealed class ProductionStartTests(ProductionBotFixture production) : IClassFixture<ProductionBotFixture>
{
    private const string Marker = "Zq7Qx";

    private HttpClient Client() => new() { BaseAddress = production.Bot.BaseAddress };

    [Fact]
    public async Task Healthz_is_healthy_with_storage_reached_through_the_managed_identity()
    {
        using var client = Client();
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", report["status"]!.GetValue<string>());
        Assert.Equal("Healthy", report["checks"]!["storage"]!["status"]!.GetValue<string>());
        Assert.Equal("The signing keys were fetched 0 hours ago.", report["checks"]!["signingKeys"]!["description"]!.GetValue<string>());
        Assert.True(production.Identity.Requests > 0);
    }

    [Fact]
    public async Task An_unauthenticated_activity_is_refused_with_401()
    {
        var activity = TeamsFixtures.Load("message-personal.json", new Uri("https://smba.trafficmanager.net/emea/"));
        activity["text"] = $"{Marker} mijn antwoord";
        using var client = Client();

        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/index.html")]
    [InlineData("GET", "/chat.js")]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("POST", "/v3/directline/conversations")]
    [InlineData("POST", "/v3/conversations")]
    [InlineData("GET", "/v3/conversations/a:1/pagedmembers")]
    public async Task No_local_channel_route_is_mapped(string method, string path)
    {
        using var client = Client();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task No_line_it_writes_holds_what_a_caller_sent()
    {
        await An_unauthenticated_activity_is_refused_with_401();
        using var client = Client();
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent($$"""{"type":"message","text":"{{Marker}}"}""", Encoding.UTF8, "application/json") };
        forged.Headers.TryAddWithoutValidation("Authorization", $"Bearer {Marker}.{Marker}.{Marker}");
        using var response = await client.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await production.Bot.WaitForOutputAsync("Refused an activity");
        Assert.DoesNotContain(Marker, production.Bot.Output);
        Assert.Contains("Hosting environment: Production", production.Bot.Output);
    }
}
