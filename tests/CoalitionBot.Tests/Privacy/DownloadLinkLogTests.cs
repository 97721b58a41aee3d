using System.Net;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Privacy;

/// <summary>
/// A download link is a bearer token in the path (/api/export/csv/&lt;token&gt;, /api/my-data/&lt;token&gt;,
/// /api/summary-pdf/&lt;token&gt;). With everything
/// logged at Trace, ASP.NET Core's request lines, routing and scopes included, no token appears in any log entry.
/// </summary>
public sealed class DownloadLinkLogTests : BotAndChannelTests
{
    private readonly CapturedLogs logs = new();

    protected override void ConfigureBotServices(IServiceCollection services) => logs.AddTo(services);

    [Fact]
    public async Task No_download_token_reaches_the_log_at_any_level()
    {
        await CoalitionSetup.InstallAsync(Bot, Channel);
        var admin = new DialogConversation(Bot, Channel, member: CoalitionSetup.Installer);
        var export = Assert.Single(await admin.SayAsync("exporteer")).Card!;
        var myData = Assert.Single(await admin.SayAsync("mijn gegevens")).Card!;
        var pdf = Assert.Single(await admin.SayAsync("samenvatting pdf")).Card!;
        string[] links =
        [
            export["actions"]![0]!["url"]!.GetValue<string>(),
            export["actions"]![1]!["url"]!.GetValue<string>(),
            myData["actions"]![0]!["url"]!.GetValue<string>(),
            pdf["actions"]![0]!["url"]!.GetValue<string>(),
        ];

        using var client = Bot.CreateClient();
        foreach (var link in links) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(link).PathAndQuery)).StatusCode);
        // The paths are requested with other letter case too: routing ignores case, the redaction must as well.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(links[0]).PathAndQuery.Replace("/api/export/", "/API/Export/"))).StatusCode);

        // Hosting's "Request finished" comes after the response.
        await logs.WaitForAsync("Request finished", occurrence: 5);
        foreach (var token in links.Select(link => link[(link.LastIndexOf('/') + 1)..]))
        {
            Assert.Empty(logs.Containing(token));
            Assert.Empty(logs.Containing(token.Split('.')[1])); // the signature alone would do too
        }
        // Each request was logged all the same, with its path redacted.
        Assert.NotEmpty(logs.Containing("/api/export/[redacted]"));
        Assert.NotEmpty(logs.Containing("/api/my-data/[redacted]"));
        Assert.NotEmpty(logs.Containing("/api/summary-pdf/[redacted]"));
    }
}
